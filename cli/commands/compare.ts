import { join, relative } from "node:path";
import type { Command } from "commander";
import { defaultLang, langFlag, type Lang } from "../../i18n/lang";
import { InputError } from "../../model/input-error";
import type { PortfolioEntry } from "../../model/organization-directory";
import type { OrganizationFile } from "../../model/schema";
import type { Comparison } from "../../report/model";
import type { PortfolioRow } from "../../report/portfolio/summary";
import { SILENT, type Progress } from "../../report/progress";
import { jobsOption } from "../portfolio/pool";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

interface Flags {
  out: string;
  asOf?: string;
  pdf?: boolean;
  jobs: number;
}

export function compareCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("compare")
    .description("compare both options as a council paper (tjänsteskrivelse: proposed decision with its legal conditions, summary, background, assessment, economy, staff, timetable, risk assessment, legal assessment, supporting documents); writes comparison.md, .json and .html, and the technical annex comparison-technical.md and .html (with --pdf also comparison.pdf, tagged; with --config <directory>: per organization in <out>/<name>/, plus portfolio.md, .json and .html)")
    .option("--out <dir>", "directory for the reports", "out")
    .option("--as-of <date>", "the day to judge dated facts against (YYYY-MM-DD; default today), recorded in the reports")
    .option("--pdf", "also print comparison.pdf (A4) through headless Chromium (CHROMIUM_PATH, else the system's chromium)")
    .addOption(jobsOption())
    .action(async (flags: Flags) => {
      const { asOfFlag } = await import("../../report/as-of");
      const { renderPortfolioHtml, renderPortfolioJson, renderPortfolioMarkdown } = await import("../../report/portfolio/render");
      const { buildPortfolio } = await import("../../report/portfolio/summary");
      const { isQuiet, progressOn } = await import("../../report/progress");
      const { requireChromium } = await import("../../report/render/pdf");
      const { reportInfeasibleOnprem } = await import("../feasibility");
      const { options, io, loadOrganization, loadPortfolio, portfolioPool } = context();
      const asOf = asOfFlag(flags.asOf);
      // Refuse before any work when --pdf cannot be honoured.
      if (flags.pdf) requireChromium();
      const portfolio = await loadPortfolio(flags.jobs);
      const progress = progressOn(io.stderr, isQuiet(options.format));
      // An on-prem design the hosts cannot carry is not priced or compared as if it were real.
      const organizations = portfolio ?? [{ slug: "", org: loadOrganization() }];
      let infeasible = 0;
      for (const { slug, org } of organizations) if (await reportInfeasibleOnprem(org, io, `${slug ? `${slug}: ` : ""}no comparison is written`, { asOf, lang: options.lang })) infeasible++;
      if (infeasible > 0) return exit(EXIT_BLOCKING_FINDINGS);
      let markdown: string;
      const written: string[] = [];
      if (portfolio) {
        // --config <directory>: <out>/<slug>/comparison.* per organization (cli/portfolio), then the summary.
        const countries = portfolio.map((entry) => entry.org.organization.country);
        const lang: Lang = options.lang !== undefined ? langFlag(options.lang, undefined) : countries.every((country) => defaultLang(country) === "sv") ? "sv" : "en";
        const entry = { asOf, out: flags.out, directory: options.config, lang: options.lang, pdf: flags.pdf };
        const results = await portfolioPool(flags.jobs).map("compare", portfolio, entry, ({ slug }, index, total) => progress.stage(`${slug}: comparing (${index + 1} of ${total})`));
        const rows = results.map((result) => result.row);
        written.push(...results.flatMap((result) => result.written));
        const summary = buildPortfolio(asOf, rows);
        progress.stage(`writing the portfolio summary to ${relative(process.cwd(), flags.out) || "."}`);
        markdown = renderPortfolioMarkdown(summary, lang);
        await writeAll(flags.out, [["portfolio.md", markdown], ["portfolio.json", renderPortfolioJson(summary)], ["portfolio.html", renderPortfolioHtml(summary, lang)]], written);
      } else {
        const org = organizations[0]!.org;
        markdown = (await compareOne(org, asOf, flags.out, progress, written, langFlag(options.lang, org.organization.country), flags.pdf)).markdown;
      }
      if (options.format === "json") io.stdout.write(`${JSON.stringify({ written }, null, 2)}\n`);
      else if (options.format === "markdown") io.stdout.write(markdown);
      else io.stdout.write(`${written.map((path) => `wrote ${path}`).join("\n")}\n`);
      exit(EXIT_OK);
    });
}

/**
 * One organization of a portfolio: its reports in `<out>/<slug>/` and its row of the summary;
 * an organization field found wrong after loading names its own file in `directory`.
 */
export async function compareEntry(
  { slug, file, org }: PortfolioEntry,
  { asOf, out, directory, lang, pdf }: { asOf: string; out: string; directory: string; lang?: string; pdf?: boolean },
): Promise<{ row: PortfolioRow; written: string[] }> {
  const { portfolioRow } = await import("../../report/portfolio/summary");
  const written: string[] = [];
  const { comparison } = await compareOne(org, asOf, join(out, slug), SILENT, written, langFlag(lang, org.organization.country), pdf).catch((error: unknown) => {
    throw error instanceof InputError ? error.inFile(join(directory, file)) : error;
  });
  return { row: portfolioRow(slug, file, comparison), written };
}

/** Synthesizes, judges and prices one organization and writes its reports to `out`. */
async function compareOne(org: OrganizationFile, asOf: string, out: string, progress: Progress, written: string[], lang: Lang, pdf = false): Promise<{ comparison: Comparison; markdown: string }> {
  const { collectArtifacts } = await import("../../report/artifacts");
  const { buildComparison } = await import("../../report/build");
  const { buildPaper } = await import("../../report/paper/build");
  const { buildTechnicalAnnex } = await import("../../report/paper/annex");
  const { renderPaperHtml } = await import("../../report/render/html");
  const { renderComparisonJson } = await import("../../report/render/json");
  const { renderPaperMarkdown } = await import("../../report/render/markdown");
  const { renderPdf } = await import("../../report/render/pdf");
  const { catalog } = await import("../../i18n/catalog");
  const comparison = buildComparison(await collectArtifacts(org, asOf, progress), lang);
  const paper = buildPaper(comparison);
  const html = renderPaperHtml(paper, comparison);
  progress.stage(`writing the reports to ${relative(process.cwd(), out) || "."}`);
  const markdown = renderPaperMarkdown(paper);
  // The technical annex is its own file: it is not part of the paper the council reads.
  const annex = buildTechnicalAnnex(comparison);
  const files: [string, string | Uint8Array][] = [
    ["comparison.md", markdown],
    ["comparison.json", renderComparisonJson(comparison)],
    ["comparison.html", html],
    ["comparison-technical.md", renderPaperMarkdown(annex)],
    ["comparison-technical.html", renderPaperHtml(annex, comparison)],
  ];
  // The PDF is printed before anything is renamed into place: a failed print leaves the whole earlier set.
  if (pdf) {
    progress.stage("printing comparison.pdf");
    files.push(["comparison.pdf", await renderPdf({ html, header: paper.header, pageOf: catalog(lang).paper.pageOf })]);
  }
  await writeAll(out, files, written);
  return { comparison, markdown };
}

/** The set whole or not at all (writeFilesTogether); records the paths relative to the working directory. */
async function writeAll(out: string, files: [string, string | Uint8Array][], written: string[]): Promise<void> {
  const { writeFilesTogether } = await import("../../model/write-file");
  const paths = files.map(([name]) => join(out, name));
  await writeFilesTogether(files.map(([, content], index) => [paths[index]!, content]));
  written.push(...paths.map((path) => relative(process.cwd(), path)));
}

