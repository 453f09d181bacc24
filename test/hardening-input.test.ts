// Hostile and careless organization files: the wrong encoding, numbers beyond the domain,
// control characters in names, files far over the size limit, and YAML built to make the
// parser slow or hungry. Each is refused with exit 2 and ONE line naming the file and the
// field; a fresh process that loads all of them stays under 400 MB (docs/security.md, "Input is checked once, at load").
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXAMPLE_CONFIG, MAX_FILE_BYTES, MAX_FLOW_DEPTH, MAX_VALUES, parseOrganization } from "../model/load";
import { InputError } from "../model/input-error";
import { runCli } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const dir = mkdtempSync(join(tmpdir(), "exchange-iac-input-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const example = readFileSync(EXAMPLE_CONFIG, "utf8");
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const ONE_LINE_ERROR = (path: string, field: string) => new RegExp(`^error: ${literal(path)}: ${literal(field)}: received .+; expected .+\\n$`);

/** The four files of the issue, and the field each error must name. */
const HOSTILE: { name: string; path: string; field: string; says: RegExp }[] = [
  {
    name: "a file saved as Latin-1",
    path: file("latin1.yaml", Buffer.from(example.replace("name: Exempelkommun", "name: Umeå kommun"), "latin1")),
    field: "organization.name",
    says: /received byte 0xE5 at byte offset \d+ \(line 10\), which is not UTF-8; expected a file in UTF-8: save it as UTF-8/,
  },
  {
    name: "a deletion decision of 1e300 years",
    path: file("years.yaml", exampleWith((d) => (d.retention.deletionDecisions[0].retainYears = 1e300))),
    field: "retention.deletionDecisions.0.retainYears",
    says: /received 1e\+300; expected a value of at most 100/,
  },
  {
    name: "a NUL in a name",
    path: file("nul.yaml", exampleWith((d) => (d.sites.primary.name = "Serverhall\u0000Nya"))),
    field: "sites.primary.name",
    says: /received "Serverhall\\u0000Nya"; expected one line of text without control characters \(found U\+0000, a NUL character, at character 11\)/,
  },
  {
    name: "a 5 MB file",
    path: file("big.yaml", `${example}\n# ${"x".repeat(5 * 1024 * 1024)}\n`),
    field: "(file)",
    says: /received a file of 5,\d{3},\d{3} bytes; expected an organization file of at most 1,048,576 bytes/,
  },
];

describe("hostile files exit 2 with one line naming the file and the field", () => {
  for (const hostile of HOSTILE) {
    it(hostile.name, async () => {
      for (const command of [["sizing"], ["check"], ["compare", "--out", join(dir, "out")]]) {
        const result = await runCli(["--config", hostile.path, ...command]);
        expect(result.code, command[0]).toBe(2);
        expect(result.stderr).toMatch(ONE_LINE_ERROR(hostile.path, hostile.field));
        expect(result.stderr).toMatch(hostile.says);
      }
    });
  }

  it("a line break in the organization name (it would end a comment line in a generated script)", async () => {
    const path = file("newline.yaml", exampleWith((d) => (d.organization.name = "Kommun\nRemove-Item -Recurse -Force C:\\ExchangeDatabases")));
    const result = await runCli(["--config", path, "export", "powershell"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ONE_LINE_ERROR(path, "organization.name"));
    expect(result.stdout).toBe("");
  });

  it("a decision of 1e308 years names the organization field, not the construct it would reach", async () => {
    const path = file("e308.yaml", exampleWith((d) => (d.retention.deletionDecisions[1].retainYears = 1e308)));
    const result = await runCli(["--config", path, "synth", "--out", join(dir, "synth")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ONE_LINE_ERROR(path, "retention.deletionDecisions.1.retainYears"));
  });

  it("a decision on logs longer than Azure Monitor Logs keeps data (12 years) is refused at load", () => {
    const text = exampleWith((d) => (d.retention.deletionDecisions[1].retainYears = 13));
    expect(() => parseOrganization(text, "org.yaml")).toThrow("org.yaml: retention.deletionDecisions.1.retainYears: received 13; expected at most 12 years for a decision on logs");
  });

  it("no mailboxes at all is refused (nothing can be sized or priced for none)", () => {
    const text = exampleWith((d) => Object.assign(d.mailboxes, { staff: 0, shared: 0, resource: 0 }));
    expect(() => parseOrganization(text, "org.yaml")).toThrow("org.yaml: mailboxes.staff: received 0; expected at least one mailbox in all");
  });

  it("free text is trimmed, and its length is bounded", () => {
    const padded = parseOrganization(exampleWith((d) => (d.organization.name = "  Exempelkommun \u00a0")), "org.yaml");
    expect(padded.organization.name).toBe("Exempelkommun");
    expect(() => parseOrganization(exampleWith((d) => (d.organization.name = "K".repeat(121))), "org.yaml")).toThrow("organization.name: received");
    expect(() => parseOrganization(exampleWith((d) => (d.organization.name = "K".repeat(121))), "org.yaml")).toThrow("expected text of at most 120 characters (121 given)");
  });
});

describe("a field found wrong after loading names its file", () => {
  it("for one file and for a directory of them (synth, compare)", async () => {
    const text = exampleWith((d) => (d.azure.region = "westeurope"));
    const single = file("region.yaml", text);
    const one = await runCli(["--config", single, "synth", "--out", join(dir, "one")]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(ONE_LINE_ERROR(single, "azure.region"));
    const folder = mkdtempSync(join(tmpdir(), "exchange-iac-portfolio-"));
    writeFileSync(join(folder, "a.yaml"), example);
    writeFileSync(join(folder, "b.yaml"), text);
    for (const command of [["synth", "--out", join(folder, "synth")], ["--format", "json", "compare", "--out", join(folder, "out")]]) {
      const result = await runCli(["--config", folder, ...command]);
      expect(result.code, command.join(" ")).toBe(2);
      expect(result.stderr, command.join(" ")).toMatch(ONE_LINE_ERROR(join(folder, "b.yaml"), "azure.region"));
    }
  }, 120_000);
});

describe("reading", () => {
  it("accepts a file that starts with a UTF-8 byte-order mark", async () => {
    const path = file("bom.yaml", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example, "utf8")]));
    const result = await runCli(["--config", path, "--format", "json", "sizing"]);
    expect(result.code).toBe(0);
  });

  it("names the byte offset of a sequence that is not UTF-8 in a comment, and the line", () => {
    const bytes = Buffer.concat([Buffer.from("# Ume", "utf8"), Buffer.from([0xe5]), Buffer.from("\n", "utf8"), Buffer.from(example, "utf8")]);
    const path = file("comment.yaml", bytes);
    return runCli(["--config", path, "sizing"]).then((result) => {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(ONE_LINE_ERROR(path, "(file)"));
      expect(result.stderr).toMatch(/byte 0xE5 at byte offset 5 \(line 1\)/);
    });
  });

  it("refuses overlong forms, surrogates, code points above U+10FFFF and truncated sequences", async () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const path = file("bad.yaml", Buffer.concat([Buffer.from("organization:\n  name: A", "utf8"), Buffer.from(bad)]));
      const result = await runCli(["--config", path, "sizing"]);
      expect(result.stderr, bad.join(" ")).toMatch(/organization\.name: received byte 0x[0-9A-F]{2} at byte offset 23 \(line 2\), which is not UTF-8/);
      // Decoded lossily (as before), the damage shows as U+FFFD, which no text field takes either.
      expect(() => parseOrganization(readFileSync(path, "utf8"), path)).toThrow(InputError);
    }
  });

  it(`refuses more than ${MAX_VALUES} values or flow collections deeper than ${MAX_FLOW_DEPTH} before parsing`, () => {
    expect(() => parseOrganization(`organization: [${"1,".repeat(MAX_VALUES)}1]`, "org.yaml")).toThrow(`org.yaml: line 1: received more than 10,000 values`);
    expect(() => parseOrganization(`a: ${"[".repeat(MAX_FLOW_DEPTH + 1)}${"]".repeat(MAX_FLOW_DEPTH + 1)}`, "org.yaml")).toThrow(`org.yaml: line 1: received collections nested more than 64 deep`);
    expect(() => parseOrganization("x".repeat(MAX_FILE_BYTES + 1), "org.yaml")).toThrow("org.yaml: (file): received a file of 1,048,577 bytes");
  });
});

/** Files under the size limit that cost YAML's parser the most without the limits on values and depth. */
function expensiveFiles(): string[] {
  const fill = (unit: string, prefix = "") => prefix + unit.repeat(Math.floor((MAX_FILE_BYTES - prefix.length - 2) / unit.length));
  return [
    file("flow-list.yaml", `${fill("1,", "organization: [")}1]`),
    file("nesting.yaml", fill("[")),
    file("compact-list.yaml", `${fill("- ")}a`),
    file("many-keys.yaml", `organization:\n${Array.from({ length: 90_000 }, (_, i) => ` k${i.toString(36)}: 1`).join("\n").slice(0, MAX_FILE_BYTES - 20)}\n`),
    file("long-name.yaml", exampleWith((d) => (d.organization.name = "x".repeat(MAX_FILE_BYTES - 8_000)))),
  ];
}

describe("bounded resources", () => {
  it("a fresh process running the command line on every hostile and expensive file stays under 400 MB", async () => {
    const files = [...HOSTILE.map((h) => h.path), ...expensiveFiles()];
    const script = fileURLToPath(new URL("./helpers/cli-sequence.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [tsx, script, "sizing", ...files], { maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    const { runs, peakRssKB } = JSON.parse(stdout.trim().split("\n").at(-1)!) as { runs: { file: string; code: number; stderr: string }[]; peakRssKB: number };
    for (const run of runs) {
      expect(run.code, run.file).toBe(2);
      expect(run.stderr.split("\n").filter(Boolean), run.file).toHaveLength(1);
      expect(run.stderr.startsWith(`error: ${run.file}: `), run.stderr).toBe(true);
    }
    expect(peakRssKB / 1024).toBeLessThan(400);
  }, 120_000);
});
