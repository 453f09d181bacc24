// Nothing lost: every output is written whole or not at all. Files go through
// writeFileAtomic (temporary file, fsync, rename); synth builds a staging directory and swaps
// it in, so a failed run leaves the previous output exactly as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../model/write-file";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") || path.endsWith(".js") ? [path] : [];
  });
}

/** Every file under `dir` with its content, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const walk = (current: string): string[] => readdirSync(current).flatMap((name) => (statSync(join(current, name)).isDirectory() ? walk(join(current, name)) : [join(current, name)]));
  return Object.fromEntries(walk(dir).map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
}

describe("audit: only writeFileAtomic writes output files", () => {
  it("no command, model, stack, report or script writes a file any other way", () => {
    const folders = ["bin", "cli", "model", "stacks", "constructs", "adapters", "inventory", "policies", "cost", "report", "diff", "scripts"];
    const offenders = folders
      .flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .map((path) => relative(ROOT, path))
      // The one writer, and the benchmark's generated input files (in a temporary directory).
      .filter((path) => path !== "model/write-file.ts" && !path.startsWith("scripts/bench"))
      .filter((path) => /\b(writeFileSync|appendFileSync|createWriteStream|writeFile|appendFile)\s*\(/.test(readFileSync(join(ROOT, path), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-atomic-"));
    const target = join(dir, "nested", "report.md");
    writeFileAtomic(target, "first\n");
    writeFileAtomic(target, "second\n");
    expect(readFileSync(target, "utf8")).toBe("second\n");
    expect(readdirSync(join(dir, "nested"))).toEqual(["report.md"]);
  });

  it("leaves the previous content and no temporary file when the new one cannot be put in place", () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-atomic-"));
    const target = join(dir, "report.md");
    writeFileSync(target, "previous\n");
    // overwrite: false refuses an existing name after the temporary file was written.
    expect(() => writeFileAtomic(target, "new\n", { overwrite: false })).toThrow();
    expect(readFileSync(target, "utf8")).toBe("previous\n");
    expect(readdirSync(dir)).toEqual(["report.md"]);
  });

  it("a command whose --out cannot take a file exits 2 without touching anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-atomic-"));
    const target = join(dir, "exchange-online.ps1");
    mkdirSync(target);
    writeFileSync(join(target, "previous"), "previous\n");
    const result = await runCli(["export", "powershell", "--out", target]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(target, "previous"), "utf8")).toBe("previous\n");
    expect(readdirSync(dir)).toEqual(["exchange-online.ps1"]);
  });
});

describe("synth swaps a whole output directory in", () => {
  it("a blocked synth leaves the previous output byte for byte, with no staging left behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-atomic-"));
    const out = join(dir, "cdktf.out");
    expect((await runCli(["synth", "--out", out])).code).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before)).toContain(join("stacks", "onprem", "exchange-organization.ps1"));
    // A policy error at synth (ONP-15: DMARC reject with no DKIM signer on the outbound path)
    // stops it after the staging directory was written.
    const blocked = tempFile("org.yaml", exampleWith((data) => delete data.onprem.mailAuthentication.signerHost));
    const result = await runCli(["--config", blocked, "synth", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[ONP-15]");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir)).toEqual(["cdktf.out"]);
  });

  it("a successful synth replaces the previous output entirely, never mixing two runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-atomic-"));
    const out = join(dir, "cdktf.out");
    expect((await runCli(["synth", "--out", out])).code).toBe(0);
    expect((await runCli(["synth", "--out", out, "--stack", "online"])).code).toBe(0);
    expect(existsSync(join(out, "stacks", "onprem"))).toBe(false);
    const files = Object.keys(snapshot(out));
    expect(files).toEqual(expect.arrayContaining([join("stacks", "online", "cdk.tf.json"), join("stacks", "online", "exchange-online-configuration.json")]));
    expect(files.filter((path) => path.includes("onprem"))).toEqual([]);
    expect(readdirSync(dir)).toEqual(["cdktf.out"]);
  });
});
