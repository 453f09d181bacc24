// `exchange-iac plan`: a Terraform plan per cdktf stack, kept as `terraform show -json`
// output, redacted by its sensitivity maps, for check, cost and diff (`--plan out/plans/<stack>.json`);
// the binary plan stays in the stack folder (plan.tfplan) for `terraform apply`. It runs what
// `cdktf plan` runs (terraform init + plan in cdktf.out/stacks/<id>) and additionally keeps
// the plan as JSON, which cdktf does not. It needs terraform and an Azure login; where they
// are missing it says so and exits 2, since nothing else here needs credentials. Where
// locks/<stack>.terraform.lock.hcl is committed (exchange-iac lock), init takes exactly it.
import { existsSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { ExternalFailure } from "../../model/external-failure";
import { InputError } from "../../model/input-error";
import type { OrganizationFile } from "../../model/schema";
import { STACK_IDS, type StackId } from "../../stacks/stack-ids";
import { EXIT_BAD_INPUT, EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { NO_TERRAFORM, findOnPath, refuseUnknownStack, synthesizeForTerraform, terraform } from "../terraform";

export const EXIT_CANNOT_PLAN = EXIT_BAD_INPUT;

/** What is missing to plan here; empty when terraform and Azure credentials are available. */
export function planPrerequisites(org: OrganizationFile, env: NodeJS.ProcessEnv, localState = false): string[] {
  const missing: string[] = [];
  // A CI runner's disk is gone after the job: state kept there is lost, and the next plan starts from nothing.
  if (env.CI === "true" && !org.azure.state && !localState) missing.push("no remote state in CI: declare azure.state in the organization file (docs/ci.md), or pass --local-state to plan against local files anyway");
  if (!findOnPath("terraform", env)) missing.push(NO_TERRAFORM);
  // Every provider names its subscription (the organization file, else a Terraform variable), so ARM_SUBSCRIPTION_ID alone is not read.
  if (!env.TF_VAR_primary_subscription_id && !org.organization.subscriptions.primary) missing.push("no subscription: set organization.subscriptions.primary or TF_VAR_primary_subscription_id");
  if (org.online.customerKey.enabled && !env.TF_VAR_secondary_subscription_id && !org.organization.subscriptions.secondary) {
    missing.push("no second subscription for Customer Key: set organization.subscriptions.secondary or TF_VAR_secondary_subscription_id");
  }
  if (!env.ARM_TENANT_ID && !org.organization.tenantId) missing.push("no tenant: set ARM_TENANT_ID or organization.tenantId");
  const oidc = env.ARM_USE_OIDC === "true" && env.ARM_CLIENT_ID && (env.ARM_OIDC_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL);
  const secret = env.ARM_CLIENT_ID && (env.ARM_CLIENT_SECRET || env.ARM_CLIENT_CERTIFICATE_PATH);
  const other = env.ARM_USE_CLI === "true" || env.ARM_USE_MSI === "true";
  if (!oidc && !secret && !other) {
    missing.push("no Azure credentials: set ARM_CLIENT_ID with ARM_USE_OIDC=true in GitHub Actions (or ARM_CLIENT_CERTIFICATE_PATH), or ARM_USE_CLI=true after `az login`");
  }
  return missing;
}

/** What `terraform show -json` printed, parsed; anything else is terraform's failure, not the user's. */
function terraformJson(text: string, stack: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExternalFailure(`terraform show -json for ${stack}`, `it printed something that is not JSON (${(error as Error).message})`);
  }
}

export function planCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("plan")
    .description("terraform plan per cdktf stack (needs terraform and an Azure login); keeps each plan as JSON for check, cost and diff")
    .option("--out <dir>", "where the plan JSON files go (<dir>/<stack>.json)", join("out", "plans"))
    .option("--work <dir>", "where the stacks are synthesized and planned: new, empty, or one an earlier synth wrote", "cdktf.out")
    .option("--stack <id...>", `only these stacks (${STACK_IDS.join(", ")}); default: decision.chosenOption, else both`)
    .option("--no-lock", "plan without taking the state lock (terraform plan -lock=false): for read-only identities; apply always locks")
    .option("--local-state", "plan against local state files even where the organization file declares remote state")
    .option("--locks <dir>", "the committed provider lock files (<dir>/<stack>.terraform.lock.hcl, written by exchange-iac lock); required in CI", "locks")
    .action(async (flags: { out: string; work: string; stack?: string[]; lock: boolean; localState?: boolean; locks: string }) => {
      const { options, io, loadOrganization } = context();
      refuseUnknownStack(flags.stack);
      const org = loadOrganization();
      const env = process.env;
      const missing = planPrerequisites(org, env, flags.localState);
      if (missing.length) {
        io.stderr.write(`cannot plan here:\n${missing.map((m) => `  - ${m}\n`).join("")}synth, check, cost, compare and diff need none of this.\n`);
        exit(EXIT_CANNOT_PLAN);
        return;
      }
      // Typed explicitly: an assertion function narrows only when called through a declared type.
      const planJson: typeof import("../../inventory/plan-json") = await import("../../inventory/plan-json");
      const { LOCK_FIX, readCheckedLock } = await import("../../inventory/lock-file");
      const { writeFileAtomic } = await import("../../model/write-file");
      const { stacks, progress } = await synthesizeForTerraform(org, flags, { stderr: io.stderr, format: options.format, config: options.config, localState: flags.localState });
      const lockOf = (stack: StackId) => join(flags.locks, `${stack}.terraform.lock.hcl`);
      const unlocked = stacks.filter((stack) => !existsSync(lockOf(stack)));
      if (unlocked.length && env.CI === "true") {
        // Without the committed lock, init takes whatever the registry serves that day: never in CI.
        throw new InputError(
          "--locks",
          `no file ${unlocked.map((stack) => JSON.stringify(lockOf(stack))).join(" nor ")}`,
          `the committed provider lock in CI (create it with exchange-iac lock --stack ${unlocked.join(" ")} on a machine that reaches the Terraform registry, and commit ${flags.locks}/)`,
        );
      }
      if (unlocked.length) io.stderr.write(`warning: no provider lock ${unlocked.map(lockOf).join(", ")}: terraform init takes the provider packages the registry serves today; ${LOCK_FIX}\n`);
      // Every lock is checked against its synthesized stack before terraform runs at all.
      const locks = new Map(stacks.filter((stack) => !unlocked.includes(stack)).map((stack) => [stack, readCheckedLock(lockOf(stack), resolve(flags.work, "stacks", stack), stack)]));
      mkdirSync(flags.out, { recursive: true });
      const written: string[] = [];
      for (const stack of stacks) {
        const dir = resolve(flags.work, "stacks", stack);
        progress.stage(`terraform init and plan for ${stack}`);
        const lock = locks.get(stack);
        if (lock) writeFileAtomic(join(dir, ".terraform.lock.hcl"), lock, { field: "--work" });
        // readonly: init verifies the packages against the committed hashes and never rewrites them.
        await terraform([`-chdir=${dir}`, "init", "-input=false", "-no-color", ...(lock ? ["-lockfile=readonly"] : [])], env);
        // The binary plan stays beside the stack (it holds secrets): the deploy applies exactly it.
        // A lock held by a running apply is waited for, not failed on at once.
        await terraform([`-chdir=${dir}`, "plan", "-input=false", "-no-color", ...(flags.lock ? ["-lock-timeout=5m"] : ["-lock=false"]), "-out=plan.tfplan"], env);
        const json = await terraform([`-chdir=${dir}`, "show", "-json", "plan.tfplan"], env);
        const path = join(flags.out, `${stack}.json`);
        const plan = terraformJson(json, stack);
        planJson.assertReadablePlan(plan, path); // refuses output that is not a whole plan in a known format
        // Only the plan redacted by its sensitivity maps is written: it may become an artifact.
        writeFileAtomic(path, `${JSON.stringify(planJson.redactPlan(plan), null, 1)}\n`);
        written.push(relative(process.cwd(), resolve(path)));
      }
      io.stdout.write(options.format === "json" ? `${JSON.stringify({ written }, null, 2)}\n` : written.map((p) => `wrote ${p}\n`).join(""));
      exit(EXIT_OK);
    });
}
