// Inputs a careless user or a hostile change can give: findings 7 ("two deletion decisions map
// to one Purview policy name"), 8 ("diff --base runs the base's code with every credential"),
// 11 ("diff --plan markdown breaks out of code spans"), 12 ("diff --base tree handling"),
// 13 ("unbounded reads and blocking opens"), 14 ("portfolio folders silently drop linked
// organization files") and 15 ("__proto__ keys silently dropped"), plus the exit-code scheme
// (EPIPE, an unknown command with --help).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnvironment, PROJECT_ROOT, refuseLinksOut } from "../diff/base-tree";
import { renderDiffMarkdown } from "../diff/render";
import type { DiffReport } from "../diff/compute";
import { EXAMPLE_CONFIG } from "../model/load";
import { markdownCode } from "../report/render/escape";
import { runBinary, runCli, tempFile, unblockLater } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const BIN = join(PROJECT_ROOT, "bin", "exchange-iac.js");


function refusedNaming(result: { code: number; stderr: string }, field: string | RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(typeof field === "string" ? `: ${field}: ` : field);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("finding 7: two deletion decisions never collapse into one Purview policy", () => {
  const decision = { what: "E-post av tillfällig betydelse", retainYears: 2 };
  for (const [label, ids] of [
    ["substituted characters", ["KS 2024/7 p. 1", "KS 2024:7 p. 1"]],
    ["case", ["KS 2024/8", "ks 2024/8"]],
    ["the 64-character cut", [`${"A".repeat(56)}-x1`, `${"A".repeat(56)}-x2`]],
  ] as const) {
    it(`check, tenant plan and the exports refuse ids that differ only by ${label}, naming both`, async () => {
      const org = tempFile("dup.yaml", exampleWith((d) => d.retention.deletionDecisions.push({ ...decision, id: ids[0] }, { ...decision, id: ids[1], retainYears: 10, contentMatchQuery: "subject:faktura" })));
      for (const command of [["check"], ["--format", "json", "tenant", "plan"], ["export", "powershell"], ["export", "tcm"]]) {
        const result = await runCli(["--config", org, ...command]);
        refusedNaming(result, /retention\.deletionDecisions\.\d+\.id: /);
        expect(result.stderr).toContain(JSON.stringify(ids[0]));
        expect(result.stderr).toContain(JSON.stringify(ids[1]));
      }
    });
  }

  it("two records-access roles that give one role group are refused; the same role twice is one group", async () => {
    const clash = tempFile("roles.yaml", exampleWith((d) => (d.governance = { ...(d.governance ?? {}), recordsAccessRoles: ["Arkiv A/B", "Arkiv A/B", "arkiv a:b"] })));
    refusedNaming(await runCli(["--config", clash, "check"]), "governance.recordsAccessRoles.2");
  });
});

/** A copy of this project as a base directory whose CLI is replaced by `script`. */
function hostileBase(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-hostile-"));
  mkdirSync(join(dir, "bin"));
  cpSync(join(PROJECT_ROOT, "package.json"), join(dir, "package.json"));
  mkdirSync(join(dir, "examples"));
  cpSync(EXAMPLE_CONFIG, join(dir, "examples", "municipality.yaml"));
  writeFileSync(join(dir, "bin", "exchange-iac.js"), script);
  return dir;
}

describe("finding 8: diff --base runs the base's code without the caller's credentials", () => {
  it("the environment the base CLI gets holds no token or secret", () => {
    const env = baseEnvironment({ PATH: "/usr/bin", HOME: "/root", LANG: "sv_SE.UTF-8", EXCHANGE_IAC_GRAPH_TOKEN: "t", ARM_CLIENT_SECRET: "s", GITHUB_TOKEN: "g", AWS_SECRET_ACCESS_KEY: "a", NODE_OPTIONS: "--require /tmp/x.js", CDKTF_LOG_LEVEL: "warn" });
    expect(env).toEqual({ PATH: "/usr/bin", HOME: "/root", LANG: "sv_SE.UTF-8", CDKTF_LOG_LEVEL: "warn", CI: "true", CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "1" });
  });

  it("a hostile base CLI does not receive EXCHANGE_IAC_GRAPH_TOKEN, ARM_CLIENT_SECRET or GITHUB_TOKEN", async () => {
    const dump = join(mkdtempSync(join(tmpdir(), "exchange-iac-dump-")), "env.json");
    const base = hostileBase(`require("node:fs").appendFileSync(${JSON.stringify(dump)}, JSON.stringify(process.env) + "\\n"); process.exit(2);\n`.replace("require(", "(await import(").replace(').appendFileSync', ')).appendFileSync'));
    const secrets = { EXCHANGE_IAC_GRAPH_TOKEN: "graph-secret", ARM_CLIENT_SECRET: "arm-secret", GITHUB_TOKEN: "gh-secret" };
    const saved = { ...process.env };
    Object.assign(process.env, secrets);
    try {
      await runCli(["diff", "--base", base]);
    } finally {
      for (const key of Object.keys(secrets)) if (!(key in saved)) delete process.env[key];
    }
    const seen = readFileSync(dump, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(seen.length).toBeGreaterThan(0);
    for (const env of seen) for (const name of Object.keys(secrets)) expect(env[name]).toBeUndefined();
  });
});

describe("finding 12: diff --base tree handling", () => {
  it("an organization file in the base tree that is a link out of it is refused, its target never echoed", async () => {
    const secret = tempFile("secret.txt", "ghp_notarealtoken\n");
    const base = hostileBase("process.exit(0);\n");
    const { rmSync } = await import("node:fs");
    rmSync(join(base, "examples", "municipality.yaml"));
    symlinkSync(secret, join(base, "examples", "municipality.yaml"));
    // The head's file lies in this repository, so the base's copy at the same path is read.
    const result = await runCli(["--config", join(PROJECT_ROOT, "examples", "municipality.yaml"), "--format", "json", "diff", "--base", base]);
    refusedNaming(result, "--base");
    expect(result.stderr).not.toContain("ghp_");
  });

  it("a link leading out of an exported tree is refused; links inside it are kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-tree-"));
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "file"), "x");
    symlinkSync("file", join(dir, "a", "inside"));
    expect(() => refuseLinksOut(dir, "HEAD")).not.toThrow();
    symlinkSync("../../etc/passwd", join(dir, "a", "outside"));
    expect(() => refuseLinksOut(dir, "HEAD")).toThrow(/a\/outside leads outside it/);
  });

  it("SIGTERM during the base build removes the temporary trees and ends the base's processes", async () => {
    const temp = mkdtempSync(join(tmpdir(), "exchange-iac-signal-"));
    const pids = join(temp, "pids");
    const base = hostileBase(`(await import("node:fs")).appendFileSync(${JSON.stringify(pids)}, process.pid + "\\n"); setTimeout(() => process.exit(0), 60_000);\n`);
    const child = spawn(process.execPath, [BIN, "diff", "--base", base], { env: { ...process.env, TMPDIR: temp, CI: "true" }, stdio: "ignore" });
    // Wait until the three base commands run.
    for (let tries = 0; tries < 600 && !(existsSync(pids) && readFileSync(pids, "utf8").trim().split("\n").length >= 3); tries++) await new Promise((done) => setTimeout(done, 100));
    const started = readFileSync(pids, "utf8").trim().split("\n").map(Number);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((done) => child.on("exit", (exitCode) => done(exitCode)));
    expect(code).toBe(143);
    expect(readdirSync(temp).filter((name) => name.startsWith("exchange-iac-base"))).toEqual([]);
    for (const pid of started) {
      let alive = true;
      for (let tries = 0; tries < 50 && alive; tries++) {
        try {
          process.kill(pid, 0);
          await new Promise((done) => setTimeout(done, 100));
        } catch {
          alive = false;
        }
      }
      expect(alive).toBe(false);
    }
  });
});

describe("finding 11: diff --plan markdown keeps addresses and attribute keys inside their code spans", () => {
  it("a backtick in a tag name set in the portal cannot end the span", () => {
    const hostile = "tags.a` <img src=https://attacker.example/i.png> `b";
    const report = {
      base: "state",
      head: "plan",
      sides: { base: { kind: "this-tree" }, head: { kind: "this-tree" } },
      changed: true,
      stacks: [{ stack: "onprem", added: [], changed: [{ address: "azurerm_resource_group.rg[\"x`![i](https://attacker.example/p.png)`\"]", type: "azurerm_resource_group", attributes: [hostile] }], replaced: [], removed: [], drifted: [], notApplied: [], facts: [] }],
      cost: { unavailable: "n/a" },
      findings: { unavailable: "n/a" },
    } as unknown as DiffReport;
    const address = (report.stacks[0]!.changed[0] as { address: string }).address;
    const markdown = renderDiffMarkdown(report, "en");
    expect(markdown).toContain(markdownCode(hostile));
    expect(markdown).toContain(markdownCode(address));
    const outside = markdown.replace(markdownCode(hostile), "").replace(markdownCode(address), "");
    expect(outside).not.toContain("<img");
    expect(outside).not.toContain("![i]");
  });

  it("markdownCode fences with more backticks than the text holds", () => {
    expect(markdownCode("plain")).toBe("`plain`");
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x``")).toBe("``` `x`` ```");
  });
});

describe("finding 13: every input is read bounded, and a pipe or device is refused without blocking", () => {
  // A device is refused as such. /dev/null stands for /dev/zero here: code that read a device
  // without bound would take all memory on /dev/zero, and the machine with it.
  it("--current and --plan that are a device or a FIFO are exit 2 naming the flag", async () => {
    for (const args of [["tenant", "plan", "--current"], ["check", "--option", "onprem", "--plan"], ["diff", "--option", "onprem", "--plan"]]) {
      const result = await runCli([...args, "/dev/null"]);
      refusedNaming(result, args.at(-1)!);
      expect(result.stderr).toContain("regular file");
    }
    const fifo = join(mkdtempSync(join(tmpdir(), "exchange-iac-fifo-")), "current.json");
    execFileSync("mkfifo", [fifo]);
    unblockLater(fifo);
    const result = await runCli(["tenant", "plan", "--current", fifo]);
    refusedNaming(result, "--current");
    expect(result.stderr).toContain("regular file");
  });

  it("a snapshot over its cap is refused naming the cap", async () => {
    const big = tempFile("big.json", " ".repeat(17 * 1024 * 1024));
    const result = await runCli(["tenant", "plan", "--current", big]);
    refusedNaming(result, "--current");
    expect(result.stderr).toContain("at most 16 MiB");
  });
});

describe("finding 14: portfolio folders name what they cannot read or leave out", () => {
  it("a linked organization file is included; a dangling link and a loop are refused by name; other files are listed as skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-orgs-"));
    cpSync(EXAMPLE_CONFIG, join(dir, "alfa.yaml"));
    symlinkSync(EXAMPLE_CONFIG, join(dir, "beta.yaml"));
    writeFileSync(join(dir, "notes.txt"), "x");
    const out = join(mkdtempSync(join(tmpdir(), "exchange-iac-orgs-out-")), "out");
    const ok = await runCli(["--config", dir, "--format", "json", "synth", "--out", out]);
    expect(ok.code).toBe(0);
    expect(readdirSync(out).filter((name) => !name.startsWith("."))).toEqual(["alfa", "beta"]);
    expect(ok.stderr).toContain('skipped "notes.txt"');
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "gamma.yaml"));
    symlinkSync("delta.yaml", join(dir, "delta.yaml"));
    const bad = await runCli(["--config", dir, "--format", "json", "synth", "--out", out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"delta.yaml"; expected an organization file that can be read; this is a link that loops back on itself');
    expect(bad.stderr).toContain('"gamma.yaml"; expected an organization file that can be read; this is a link whose target does not exist');
  });
});

describe("finding 15: __proto__, constructor and prototype keys are refused in every record-shaped field", () => {
  for (const [field, change] of [
    ["cost.priceOverrides.__proto__", (d: any) => (d.cost = { ...(d.cost ?? {}), priceOverrides: { PROTO_KEY: 5 } })],
    ["cost.ownedLicences.__proto__", (d: any) => (d.cost = { ...(d.cost ?? {}), ownedLicences: { PROTO_KEY: { M365_E3: 700 } } })],
    ["cost.priceOverrides.prototype", (d: any) => (d.cost = { ...(d.cost ?? {}), priceOverrides: { prototype: 5 } })],
  ] as const) {
    it(field, async () => {
      // Written as YAML text: a JavaScript object literal would take __proto__ as its prototype.
      const text = exampleWith(change).replace("PROTO_KEY:", "__proto__:");
      refusedNaming(await runCli(["--config", tempFile("proto.yaml", text), "cost"]), field);
    });
  }
});

describe("exit codes: EPIPE ends quietly; an unknown command exits 2 even with --help", () => {
  it("exchange-iac --help | head -1", async () => {
    const child = spawn(process.execPath, [BIN, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("exit", (exitCode) => done(exitCode)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("exchange-iac no-such-command --help", async () => {
    const result = await runBinary(["no-such-command", "--help"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: command: received "no-such-command"/);
    expect((await runBinary(["tenant", "no-such", "--help"])).code).toBe(2);
    expect((await runBinary(["synth", "--help"])).code).toBe(0);
  });
});
