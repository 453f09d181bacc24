import { join, relative } from "node:path";
import type { Command } from "commander";
import { defaultLang, langFlag, type Lang } from "../../i18n/lang";
import { writeFileAtomic } from "../../model/write-file";
import { releaseOrganizationMemory } from "../../stacks/release-memory";
import { collectArtifacts } from "../../report/artifacts";
import { asOfFlag } from "../../report/as-of";
import { buildComparison } from "../../report/build";
import type { OrganizationFile } from "../../model/schema";
import type { Comparison } from "../../report/model";
import { buildPaper } from "../../report/paper/build";
import { renderPortfolioHtml, renderPortfolioJson, renderPortfolioMarkdown } from "../../report/portfolio/render";
import { buildPortfolio, portfolioRow, type PortfolioRow } from "../../report/portfolio/summary";
import { isQuiet, progressOn, type Progress } from "../../report/progress";
import { renderPaperHtml } from "../../report/render/html";
import { renderComparisonJson } from "../../report/render/json";
import { renderComparisonMarkdown } from "../../report/render/markdown";
import { findChromium, renderPdf } from "../../report/render/pdf";
import { reportInfeasibleOnprem } from "../feasibility";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

interface Flags {
  out: string;
  asOf?: string;
  pdf?: boolean;
}

export function compareCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("compare")
    .description("compare both options as a decision paper: recommendation, information security, legal, technical, economy, overall risk, appendices; writes comparison.md, .json and .html (with --pdf also comparison.pdf; with --config <directory>: per organization in <out>/<name>/, plus portfolio.md, .json and .html)")
    .option("--out <dir>", "directory for the reports", "out")
    .option("--as-of <date>", "the day to judge dated facts against (YYYY-MM-DD; default today), recorded in the reports")
    .option("--pdf", "also print comparison.pdf (A4) through headless Chromium (CHROMIUM_PATH, else the system's chromium)")
    .action(async (flags: Flags) => {
      const { options, io, loadOrganization, loadPortfolio } = context();
      const asOf = asOfFlag(flags.asOf);
      // Refuse before any work when --pdf cannot be honoured.
      if (flags.pdf && !findChromium()) await renderPdf({ html: "", header: "", lang: "en" });
      const portfolio = loadPortfolio();
      const progress = progressOn(io.stderr, isQuiet(options.format));
      // An on-prem design the hosts cannot carry is not priced or compared as if it were real.
      const organizations = portfolio ?? [{ slug: "", org: loadOrganization() }];
      const infeasible = organizations.filter(({ slug, org }) => reportInfeasibleOnprem(org, io, `${slug ? `${slug}: ` : ""}no comparison is written`, { asOf }));
      if (infeasible.length > 0) return exit(EXIT_BLOCKING_FINDINGS);
      let markdown: string;
      const written: string[] = [];
      if (portfolio) {
        // --config <directory>: <out>/<slug>/comparison.* per organization, then the summary.
        const rows: PortfolioRow[] = [];
        const countries = portfolio.map((entry) => entry.org.organization.country);
        const lang: Lang = options.lang !== undefined ? langFlag(options.lang, undefined) : countries.every((country) => defaultLang(country) === "sv") ? "sv" : "en";
        for (const { slug, file, org } of portfolio) {
          const comparison = await compareOne(org, asOf, join(flags.out, slug), { stage: (text) => progress.stage(`${slug}: ${text}`) }, written, langFlag(options.lang, org.organization.country), flags.pdf);
          rows.push(portfolioRow(slug, file, comparison));
          releaseOrganizationMemory();
        }
        const summary = buildPortfolio(asOf, rows);
        progress.stage(`writing the portfolio summary to ${relative(process.cwd(), flags.out) || "."}`);
        markdown = renderPortfolioMarkdown(summary, lang);
        writeAll(flags.out, [["portfolio.md", markdown], ["portfolio.json", renderPortfolioJson(summary)], ["portfolio.html", renderPortfolioHtml(summary, lang)]], written);
      } else {
        const org = organizations[0]!.org;
        markdown = renderComparisonMarkdown(await compareOne(org, asOf, flags.out, progress, written, langFlag(options.lang, org.organization.country), flags.pdf));
      }
      if (options.format === "json") io.stdout.write(`${JSON.stringify({ written }, null, 2)}\n`);
      else if (options.format === "markdown") io.stdout.write(markdown);
      else io.stdout.write(`${written.map((path) => `wrote ${path}`).join("\n")}\n`);
      exit(EXIT_OK);
    });
}

/** Synthesizes, judges and prices one organization and writes its reports to `out`. */
async function compareOne(org: OrganizationFile, asOf: string, out: string, progress: Progress, written: string[], lang: Lang, pdf = false): Promise<Comparison> {
  const comparison = buildComparison(await collectArtifacts(org, asOf, progress), lang);
  const paper = buildPaper(comparison);
  const html = renderPaperHtml(paper, comparison);
  progress.stage(`writing the reports to ${relative(process.cwd(), out) || "."}`);
  writeAll(out, [["comparison.md", renderComparisonMarkdown(comparison)], ["comparison.json", renderComparisonJson(comparison)], ["comparison.html", html]], written);
  if (pdf) {
    progress.stage("printing comparison.pdf");
    writeAll(out, [["comparison.pdf", await renderPdf({ html, header: paper.header, lang })]], written);
  }
  return comparison;
}

/** Each file whole or not at all (writeFileAtomic); records the paths relative to the working directory. */
function writeAll(out: string, files: [string, string | Uint8Array][], written: string[]): void {
  for (const [name, content] of files) {
    const path = join(out, name);
    writeFileAtomic(path, content);
    written.push(relative(process.cwd(), path));
  }
}

