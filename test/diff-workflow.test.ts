// The GitHub Actions workflow for users: it must find its PR comment by the same hidden
// tag the diff writes, upload SARIF, plan only with the OIDC secrets, and deploy after approval.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DIFF_COMMENT_TAG } from "../diff/render";

const workflow = parse(readFileSync(new URL("../.github/workflows/exchange-iac.yml", import.meta.url), "utf8"));
const steps = (job: string) => workflow.jobs[job].steps as { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, string>; if?: string }[];

describe("the user workflow", () => {
  it("comments the diff once, found again by the diff's hidden tag", () => {
    const comment = steps("verify").find((s) => s.uses?.startsWith("actions/github-script"))!;
    expect(comment.with!.script).toContain(`const tag = "${DIFF_COMMENT_TAG}"`);
    expect(comment.with!.script).toContain("updateComment");
    const diff = steps("verify").find((s) => s.run?.includes(" diff --base "))!;
    expect(diff.run).toContain("--format markdown diff --base \"origin/${{ github.base_ref }}\" --out diff.md");
  });

  it("uploads the check's SARIF to code scanning and runs the tests", () => {
    const verify = steps("verify");
    expect(verify.map((s) => s.run ?? s.uses)).toEqual(expect.arrayContaining(["npm ci", "npm test", "github/codeql-action/upload-sarif@v3"]));
    expect(verify.find((s) => s.run?.includes("--format sarif check --out exchange-iac.sarif"))).toBeDefined();
    expect(workflow.jobs.verify.permissions["security-events"]).toBe("write");
  });

  it("plans only when the Azure OIDC secrets are present, and deploys only after approval", () => {
    const plan = steps("plan");
    expect(plan.slice(1).every((s) => s.if === "steps.azure.outputs.present == 'true'")).toBe(true);
    expect(workflow.jobs.plan.permissions["id-token"]).toBe("write");
    expect(workflow.jobs.deploy.environment).toBe("production");
    const runs = steps("deploy").map((s) => s.run ?? "").join("\n");
    expect(runs).toContain('npx cdktf deploy "$OPTION" --auto-approve');
    expect(runs).toContain("pulumi up --yes");
  });
});
