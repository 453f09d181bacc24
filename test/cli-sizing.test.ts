import { describe, expect, it } from "vitest";
import { runBinary, runCli } from "./helpers/cli";

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
    expect(sizing.rooms.map((room: { mailboxServers: number }) => room.mailboxServers)).toEqual([2, 2]);
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
