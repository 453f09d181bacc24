// `exchange-iac diff --base`: what a change does, for an organization file, a project tree
// and a git ref; identical inputs show no change.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../diff/base-tree";
import type { DiffReport } from "../diff/compute";
import { DIFF_COMMENT_TAG } from "../diff/render";
import { EXAMPLE_CONFIG } from "../model/load";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const AS_OF = "2026-11-26";

/** A directory holding a copy of the example, as a base. */
function exampleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-diff-base-"));
  copyFileSync(EXAMPLE_CONFIG, join(dir, "municipality.yaml"));
  return dir;
}

const scaled = (factor: number) =>
  tempFile(
    `x${factor}.yaml`,
    exampleWith((d) => {
      d.mailboxes.staff *= factor;
      d.mailboxes.shared *= factor;
      d.mailboxes.resource *= factor;
      // Room for the larger databases, so the scaled design fits the hosts (ONP-12).
      d.onprem.hosts.usableStorageTBPerRoom *= factor;
    }),
  );

async function diffJson(args: string[]): Promise<DiffReport> {
  const result = await runCli(["--format", "json", ...args.slice(0, 2), "diff", ...args.slice(2), "--as-of", AS_OF]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const fact = (report: DiffReport, name: string) => report.stacks.find((s) => s.stack === "onprem")!.facts.find((f) => f.name === name)!;

describe("diff --base with organization files", () => {
  it("shows no change for identical inputs, in JSON and in the PR comment", async () => {
    const report = await diffJson(["--config", EXAMPLE_CONFIG, "--base", exampleDir()]);
    expect(report.changed).toBe(false);
    for (const stack of report.stacks) expect([stack.added, stack.changed, stack.replaced, stack.removed].flat()).toEqual([]);
    expect("unavailable" in report.cost ? null : report.cost.map((c) => c.tco.delta)).toEqual([0, 0]);
    expect(report.findings).toEqual({ new: [], fixed: [] });
    const markdown = await runCli(["--lang", "en", "--format", "markdown", "diff", "--base", exampleDir(), "--as-of", AS_OF]);
    expect(markdown.stdout.startsWith(`${DIFF_COMMENT_TAG}\n`)).toBe(true);
    expect(markdown.stdout).toContain("**No change**");
  });

  it("twice the mailboxes: more mailbox servers, their machines added, higher cost every year", async () => {
    const report = await diffJson(["--config", scaled(2), "--base", exampleDir()]);
    expect(report.changed).toBe(true);
    // Standard edition mounts at most 5 databases per server, so the doubled databases need more servers.
    expect(fact(report, "mailbox databases")).toEqual({ name: "mailbox databases", base: 6, head: 12 });
    expect(fact(report, "mailbox servers")).toEqual({ name: "mailbox servers", base: 6, head: 12 });
    const added = report.stacks.find((s) => s.stack === "onprem")!.added.filter((a) => a.type === "azurerm_arc_machine");
    expect(added.map((a) => a.address)).toEqual(["ekmbx07", "ekmbx08", "ekmbx09", "ekmbx10", "ekmbx11", "ekmbx12"].map((name) => expect.stringContaining(name)));
    if ("unavailable" in report.cost) throw new Error(report.cost.unavailable);
    for (const option of report.cost) {
      expect(option.tco.delta).toBeGreaterThan(0);
      for (const year of option.perYear) expect(year.delta).toBeGreaterThan(0);
    }
    const markdown = await runCli(["--lang", "en", "--config", scaled(2), "--format", "markdown", "diff", "--base", exampleDir(), "--as-of", AS_OF]);
    expect(markdown.stdout).toContain("- mailbox servers: 6 → 12");
    expect(markdown.stdout).toMatch(/\| on-prem \| \+[\d,]+ SEK \| \+[\d,]+ SEK \| \+[\d,]+ SEK \| [\d,]+ SEK \| [\d,]+ SEK \| \+[\d,]+ SEK \|/);
    // The Swedish comment names the sides and the facts in Swedish; the JSON keeps English.
    const base = exampleDir();
    const swedish = await runCli(["--lang", "sv", "--config", scaled(2), "--format", "markdown", "diff", "--base", base, "--as-of", AS_OF]);
    expect(swedish.stdout).toContain(`Bas: organisationsfilen i ${base}. Ny: den här versionen.`);
    expect(swedish.stdout).toContain("- postlådeservrar: 6 → 12");
    expect(swedish.stdout).not.toMatch(/organization file|this tree|mailbox servers/);
    expect(report.base).toMatch(/^organization file in \S+$/);
    expect(report.head).toBe("this tree");
  });

  it("lists what the code changes on existing servers but Terraform never applies (ignore_changes) apart from the changes", async () => {
    const report = await diffJson(["--config", scaled(2), "--base", exampleDir()]);
    const onprem = report.stacks.find((s) => s.stack === "onprem")!;
    const instances = (list: DiffReport["stacks"][number]["changed"]) => list.filter((c) => c.type === "azurerm_system_center_virtual_machine_manager_virtual_machine_instance");
    // The six existing servers' disks (and any vCPU) change in the code, never in place.
    expect(instances(onprem.changed)).toEqual([]);
    expect(instances(onprem.notApplied).length).toBe(6);
    for (const change of instances(onprem.notApplied)) expect(change.attributes!.every((path) => ["storage_disk", "hardware", "operating_system"].includes(path.split(".")[0]!))).toBe(true);
    const markdown = await runCli(["--lang", "en", "--config", scaled(2), "--format", "markdown", "diff", "--base", exampleDir(), "--as-of", AS_OF]);
    expect(markdown.stdout).toContain("<details><summary>Changed in the code but not applied to existing resources (lifecycle ignore_changes; see the resize procedure in docs/onprem.md): 6</summary>");
  });

  it("takes an organization file as --base and refuses what it cannot use", async () => {
    const report = await diffJson(["--config", EXAMPLE_CONFIG, "--base", EXAMPLE_CONFIG]);
    expect(report.changed).toBe(false);
    const ambiguous = mkdtempSync(join(tmpdir(), "exchange-iac-diff-"));
    writeFileSync(join(ambiguous, "a.yaml"), "");
    writeFileSync(join(ambiguous, "b.yaml"), "");
    const result = await runCli(["diff", "--base", ambiguous]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected a directory holding municipality.yaml or exactly one .yaml/.yml/.json organization file (found 2)");
    const unknown = await runCli(["diff", "--base", "no-such-ref-or-dir"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('error: --base: received "no-such-ref-or-dir"; expected a git ref of this repository, a project directory, or an organization file (or a directory holding one)\n');
    const neither = await runCli(["diff"]);
    expect(neither.stderr).toBe("error: --base: received nothing; expected exactly one of --base or --plan\n");
  });
});

/** The git-ref base needs a git checkout with git on PATH; a source archive has neither. */
const inGitCheckout = (() => {
  try {
    execFileSync("git", ["-C", PROJECT_ROOT, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("diff --base with a git ref", () => {
  it.skipIf(!inGitCheckout)("exports the committed tree, runs its own CLI and removes the temporary tree", async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith("exchange-iac-base-")).length;
    const report = await diffJson(["--config", EXAMPLE_CONFIG, "--base", "HEAD"]);
    expect(report.base).toMatch(/^git HEAD \([0-9a-f]{12}\)$/);
    // The committed tree synthesizes both stacks and prices both options.
    expect(report.stacks.map((s) => s.stack)).toEqual(["online", "onprem"]);
    expect("unavailable" in report.cost).toBe(false);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith("exchange-iac-base-")).length).toBe(before);
  });
});
