// `exchange-iac lock`: the provider lock file of each stack, with the package hashes of every
// platform that runs terraform here (`terraform providers lock`), copied to
// locks/<stack>.terraform.lock.hcl to be committed; `plan` then inits with exactly it
// (-lockfile=readonly). It needs terraform and the Terraform registry, but no credentials and
// no state, so it runs on any machine that reaches the registry.
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { ExternalFailure } from "../../model/external-failure";
import { InputError } from "../../model/input-error";
import { STACK_IDS } from "../../stacks/stack-ids";
import { EXIT_BAD_INPUT, EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { NO_TERRAFORM, findOnPath, refuseUnknownStack, synthesizeForTerraform, terraform } from "../terraform";

/** The runners (linux), and the laptops that plan by hand (Windows, Intel and Apple macOS). */
export const DEFAULT_PLATFORMS = ["linux_amd64", "windows_amd64", "darwin_amd64", "darwin_arm64"] as const;

export function lockCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("lock")
    .description("write each stack's Terraform provider lock file (terraform providers lock) into locks/, to commit; needs the Terraform registry, no credentials")
    .option("--stack <id...>", `only these stacks (${STACK_IDS.join(", ")}); default: decision.chosenOption, else both`)
    .option("--work <dir>", "where the stacks are synthesized: new, empty, or one an earlier synth wrote", "cdktf.out")
    .option("--locks <dir>", "where the lock files go (<dir>/<stack>.terraform.lock.hcl)", "locks")
    .option("--platform <os_arch...>", `the platforms whose package hashes are locked (default: ${DEFAULT_PLATFORMS.join(" ")})`)
    .action(async (flags: { stack?: string[]; work: string; locks: string; platform?: string[] }) => {
      const { options, io, loadOrganization } = context();
      refuseUnknownStack(flags.stack);
      const platforms = flags.platform ?? [...DEFAULT_PLATFORMS];
      const bad = platforms.find((platform) => !/^[a-z0-9]+_[a-z0-9]+$/.test(platform));
      if (bad !== undefined) throw new InputError("--platform", JSON.stringify(bad), "an OS_ARCH pair such as linux_amd64 or darwin_arm64");
      const env = process.env;
      if (!findOnPath("terraform", env)) {
        io.stderr.write(`cannot lock here: ${NO_TERRAFORM}\n`);
        exit(EXIT_BAD_INPUT);
        return;
      }
      const org = loadOrganization();
      const { lockText, parseLockFile, checkLock, stackRequirements } = await import("../../inventory/lock-file");
      const { INPUT_LIMITS, readBounded } = await import("../../model/read-bounded");
      const { writeFileAtomic } = await import("../../model/write-file");
      const { stacks, progress } = await synthesizeForTerraform(org, flags, { stderr: io.stderr, format: options.format, config: options.config });
      const written: string[] = [];
      for (const stack of stacks) {
        const dir = resolve(flags.work, "stacks", stack);
        const made = join(dir, ".terraform.lock.hcl");
        progress.stage(`terraform providers lock for ${stack} (${platforms.join(", ")})`);
        // From nothing: terraform would otherwise keep the hashes of a lock an earlier plan left here.
        rmSync(made, { force: true });
        await terraform([`-chdir=${dir}`, "providers", "lock", ...platforms.map((platform) => `-platform=${platform}`)], env);
        const step = `terraform providers lock for ${stack}`;
        let bytes: Buffer;
        try {
          bytes = readBounded(made, "--work", INPUT_LIMITS.lockFile, "the lock file terraform wrote");
          // What terraform wrote must pass the check plan makes, or plan would refuse it later.
          checkLock(parseLockFile(lockText(bytes, made), made), stackRequirements(dir), made, stack);
        } catch (error) {
          if (error instanceof InputError) throw new ExternalFailure(step, `it wrote no usable lock file (${error.message})`);
          throw error;
        }
        const target = join(flags.locks, `${stack}.terraform.lock.hcl`);
        writeFileAtomic(target, bytes, { field: "--locks" });
        written.push(relative(process.cwd(), resolve(target)));
      }
      io.stdout.write(options.format === "json" ? `${JSON.stringify({ written }, null, 2)}\n` : written.map((p) => `wrote ${p}\n`).join(""));
      exit(EXIT_OK);
    });
}
