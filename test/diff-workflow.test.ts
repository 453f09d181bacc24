// The GitHub Actions workflow for users: it must find its PR comment by the same hidden
// tag the diff writes, upload SARIF, plan only with the plan identity, and apply after
// approval exactly the plan that was saved and judged (test/ci-workflow.test.ts: pins,
// permissions, redaction, shellcheck).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DIFF_COMMENT_TAG } from "../diff/render";

const workflow = parse(readFileSync(new URL("../.github/workflows/exchange-iac.yml", import.meta.url), "utf8"));
const steps = (job: string) => workflow.jobs[job].steps as { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, string>; if?: string }[];
const runs = (job: string) => steps(job).map((s) => s.run ?? "").join("\n");

describe("the user workflow", () => {
  it("comments once, found again by the diff's hidden tag, also when synth or check failed", () => {
    const comment = steps("comment").find((s) => s.uses?.startsWith("actions/github-script"))!;
    expect(comment.with!.script).toContain(`const tag = "${DIFF_COMMENT_TAG}"`);
    expect(comment.with!.script).toContain("updateComment");
    expect(workflow.jobs.comment.if).toMatch(/^always\(\) && /);
    expect(runs("verify")).toContain('--format markdown diff --base "origin/$BASE_REF" --out out/diff.md');
    const write = steps("verify").find((s) => s.name === "Write the pull-request comment")!;
    expect(write.if).toBe("always() && github.event_name == 'pull_request'");
    expect(write.run).toContain("synth failed");
    expect(write.run).toContain("the policy check blocks this change");
  });

  it("uploads the check's SARIF to code scanning on pull requests and on main, and runs the tests", () => {
    const verify = steps("verify");
    // Also after a failed step; only where code scanning can take it (test/ci-workflow.test.ts).
    expect(verify.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!.if).toMatch(/^always\(\) && hashFiles\('exchange-iac\.sarif'\) != '' && /);
    expect(runs("verify")).toContain("--format sarif check --out exchange-iac.sarif");
    expect(runs("verify")).toContain("npm test");
    expect(workflow.jobs.verify.if).toBe("github.event_name == 'pull_request' || github.event_name == 'push'");
  });

  it("plans only with the plan identity, and applies after approval exactly the saved plan", () => {
    const plan = steps("plan");
    expect(plan.slice(1).every((s) => s.if?.startsWith("steps.azure.outputs.present == 'true'") || s.if?.startsWith("always() && steps.azure.outputs.present == 'true'"))).toBe(true);
    expect(workflow.jobs.plan.env.ARM_CLIENT_ID).toBe("${{ secrets.AZURE_PLAN_CLIENT_ID }}");
    expect(workflow.jobs["deploy-plan"].env.ARM_CLIENT_ID).toBe("${{ secrets.AZURE_DRIFT_CLIENT_ID }}");
    expect(workflow.jobs.deploy.env.ARM_CLIENT_ID).toBe("${{ secrets.AZURE_DEPLOY_CLIENT_ID }}");
    expect(workflow.jobs.deploy.needs).toBe("deploy-plan");
    expect(workflow.jobs.deploy.environment).toMatch(/production/);
    const deploy = runs("deploy");
    expect(deploy).toContain('if [ "$actual" != "$CHECKSUM" ]; then');
    expect(deploy).toContain('terraform -chdir="$dir" apply -input=false "plan.tfplan"');
    expect(deploy).not.toContain("--auto-approve");
    expect(deploy).toContain("pulumi up --yes --refresh");
  });

  it("reads exit 1 as drift and 2 or 3 as a failure to check, never as drift", () => {
    const drift = runs("drift");
    expect(drift).toContain('if [ "$2" = 1 ]; then drift=1;');
    expect(drift).toContain("-detailed-exitcode");
    expect(drift).toContain("onprem drift --current");
    expect(drift).toContain("tenant drift");
  });
});
