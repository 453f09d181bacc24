import { Option, type Command } from "commander";
import type { OptionId } from "../../cost/types";
import type { Snapshot } from "../../diff/snapshot";
import { langFlag } from "../../i18n/lang";
import { InputError } from "../../model/input-error";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

interface DiffFlags {
  base?: string;
  plan?: string;
  option?: OptionId;
  asOf?: string;
  out?: string;
}

export function diffCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("diff")
    .description("what a change does: resources added/changed/removed per stack, cost delta, new and fixed findings (markdown for a PR comment, or JSON)")
    .option("--base <ref|dir|file>", "git ref of this repository, a project directory, or an organization file (or a directory holding one); a ref or directory runs that tree's own code, with no credentials in its environment")
    .option("--plan <file>", "instead of --base: a `terraform show -json` plan of one stack (needs --option), compared with the state it would change")
    .addOption(new Option("--option <option>", "the stack the plan belongs to").choices(["onprem", "online"]))
    .option("--as-of <date>", "the day to judge dated facts against (YYYY-MM-DD; default today)")
    .option("--out <file>", "write the report to a file instead of standard output")
    .action(async (flags: DiffFlags) => {
      const { computeDiff } = await import("../../diff/compute");
      const { releaseBase, resolveBase, snapshotOfTree } = await import("../../diff/base-tree");
      const { snapshotsFromPlan } = await import("../../diff/from-plan");
      const { renderDiffJson, renderDiffMarkdown } = await import("../../diff/render");
      const { describeSide } = await import("../../diff/side");
      const { snapshotFromArtifacts } = await import("../../diff/snapshot");
      const { catalog } = await import("../../i18n/catalog");
      const { loadOrganizationFile } = await import("../../model/load");
      const { writeFileAtomic } = await import("../../model/write-file");
      const { collectArtifacts } = await import("../../report/artifacts");
      const { asOfFlag } = await import("../../report/as-of");
      const { isQuiet, progressOn } = await import("../../report/progress");
      const { options, io, loadOrganization } = context();
      if (Boolean(flags.base) === Boolean(flags.plan)) throw new InputError("--base", flags.base ? JSON.stringify(flags.base) : "nothing", "exactly one of --base or --plan");
      if (flags.plan && !flags.option) throw new InputError("--option", "nothing", "onprem or online with --plan (a plan belongs to one stack)");
      const asOf = asOfFlag(flags.asOf);
      const org = loadOrganization();
      const progress = progressOn(io.stderr, isQuiet(options.format));

      let base: Snapshot;
      let head: Snapshot;
      if (flags.plan) {
        ({ base, head } = await snapshotsFromPlan(org, flags.option!, flags.plan, asOf, () => progress.stage("judging and pricing the plan and the state it changes")));
      } else {
        const source = await resolveBase(flags.base!, options.config);
        try {
          progress.stage(`building the base (${describeSide(source.side, catalog("en").diff.side)})`);
          base =
            source.kind === "tree"
              ? await snapshotOfTree(source, options.config, asOf)
              : snapshotFromArtifacts(source.side, await collectArtifacts(loadOrganizationFile(source.path), asOf, progress));
        } finally {
          releaseBase(source);
        }
        progress.stage("building the head (this tree)");
        head = snapshotFromArtifacts({ kind: "this-tree" }, await collectArtifacts(org, asOf, progress));
      }
      const report = computeDiff(base, head);
      const text = options.format === "json" ? renderDiffJson(report) : renderDiffMarkdown(report, langFlag(options.lang, org.organization.country));
      if (flags.out) writeFileAtomic(flags.out, text);
      else io.stdout.write(text);
      exit(EXIT_OK);
    });
}
