import { join, relative } from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../model/write-file";
import { collectArtifacts } from "../../report/artifacts";
import { asOfFlag } from "../../report/as-of";
import { buildComparison } from "../../report/build";
import { isQuiet, progressOn } from "../../report/progress";
import { renderComparisonHtml } from "../../report/render/html";
import { renderComparisonJson } from "../../report/render/json";
import { renderComparisonMarkdown } from "../../report/render/markdown";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function compareCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("compare")
    .description("compare both options side by side: data location, risk matrix, cost and findings; writes comparison.md, .json and .html")
    .option("--out <dir>", "directory for the three reports", "out")
    .option("--as-of <date>", "the day to judge dated facts against (YYYY-MM-DD; default today), recorded in the reports")
    .action(async (flags: { out: string; asOf?: string }) => {
      const { options, io, loadOrganization } = context();
      const asOf = asOfFlag(flags.asOf);
      const org = loadOrganization();
      const progress = progressOn(io.stderr, isQuiet(options.format));
      const comparison = buildComparison(await collectArtifacts(org, asOf, progress));
      progress.stage(`writing the reports to ${relative(process.cwd(), flags.out) || "."}`);
      const markdown = renderComparisonMarkdown(comparison);
      const files: [string, string][] = [
        ["comparison.md", markdown],
        ["comparison.json", renderComparisonJson(comparison)],
        ["comparison.html", renderComparisonHtml(comparison)],
      ];
      const written = files.map(([name, content]) => {
        const path = join(flags.out, name);
        writeFileAtomic(path, content);
        return relative(process.cwd(), path);
      });
      if (options.format === "json") io.stdout.write(`${JSON.stringify({ written }, null, 2)}\n`);
      else if (options.format === "markdown") io.stdout.write(markdown);
      else io.stdout.write(`${written.map((path) => `wrote ${path}`).join("\n")}\n`);
      exit(EXIT_OK);
    });
}
