import { mkdtempSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, runCli } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

describe("exchange-iac sizing", () => {
  it("prints servers per site, vCPU, RAM, storage, IOPS and utilisation for the example", async () => {
    const result = await runBinary(["sizing"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    for (const label of ["Servers per site", "Serverhall Nya", "Serverhall Gamla", "vCPU", "RAM", "Data storage per server", "IOPS", "CPU at worst tolerable failure", "free after growth"]) {
      expect(result.stdout).toContain(label);
    }
  });

  it("prints the same figures as JSON with --format json", async () => {
    const text = await runCli(["sizing"]);
    const json = await runCli(["--format", "json", "sizing"]);
    expect(json.code).toBe(0);
    const sizing = JSON.parse(json.stdout);
    expect(sizing.rooms.map((room: { mailboxServers: number }) => room.mailboxServers)).toEqual([3, 3]);
    expect(sizing.feasibility).toEqual({ fits: true, shortfalls: [] });
    expect(text.stdout).toContain(`vCPU${" ".repeat(1)}`);
    expect(text.stdout).toMatch(new RegExp(`vCPU\\s+${sizing.mailboxServers.vcpu}\\n`));
    expect(text.stdout).toMatch(new RegExp(`RAM\\s+${sizing.mailboxServers.ramGB} GB\\n`));
    expect(text.stdout).toContain(`${(sizing.utilisation.cpuAtWorstFailure * 100).toFixed(1)} %`);
    expect(sizing.utilisation.cpuAtWorstFailure).toBeLessThanOrEqual(0.8);
    expect(sizing.iops.total).toBeGreaterThan(0);
  });

  it("gives byte-identical output for the same input", async () => {
    const first = await runCli(["--format", "json", "sizing"]);
    const second = await runCli(["--format", "json", "sizing"]);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe("a design the hosts cannot carry is an error everywhere", () => {
  // 50 GB quotas on the example's hosts: the rooms' 50 TB cannot hold the database copies,
  // and 28 or more databases of 2 TB cannot stay within Standard's 5 mounted per server.
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-infeasible-"));
  const config = join(dir, "org.yaml");
  writeFileSync(config, exampleWith((d) => (d.mailboxes.quotaGB = 50)));
  const NEGATIVE_PERCENT = /-\d+(\.\d+)? ?%/;
  const onp12Lines = (text: string) => text.split("\n").filter((line) => /^onprem\s+error\s+ONP-12\s/.test(line));

  it("sizing, check, cost and compare each exit 1 with the same ONP-12 findings, and no negative percentage", async () => {
    const out = join(dir, "out");
    const results = {
      sizing: await runCli(["--config", config, "sizing"]),
      check: await runCli(["--config", config, "check", "--option", "onprem", "--as-of", "2026-12-01"]),
      cost: await runCli(["--config", config, "cost"]),
      compare: await runCli(["--config", config, "compare", "--as-of", "2026-12-01", "--out", out]),
    };
    const expected = onp12Lines(results.check.stdout);
    expect(expected).toHaveLength(2);
    expect(expected[0]).toContain("each Mailbox server mounts 32 database copies");
    expect(expected[1]).toMatch(/the fuller room needs \d+(\.\d)? TB of disk .* and has 50 TB usable; it would fit with at least \d+ TB usable per room .* or mailbox quotas of at most \d+ GB/);
    for (const [command, result] of Object.entries(results)) {
      expect(result.code, command).toBe(1);
      expect(onp12Lines(result.stdout + result.stderr), command).toEqual(expected);
      expect(result.stdout + result.stderr, command).not.toMatch(NEGATIVE_PERCENT);
    }
    expect(results.sizing.stdout).toContain("does not fit: needs");
    expect(results.cost.stdout).toBe("");
    // compare writes no report pricing a design that cannot be built.
    expect(existsSync(join(out, "comparison.md"))).toBe(false);
  }, 60_000);

  it("still prices the online option alone", async () => {
    const result = await runCli(["--config", config, "cost", "--option", "online"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exchange Online");
  }, 30_000);
});
