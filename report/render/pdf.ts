// comparison.pdf for the case file: the HTML printed by headless Chromium (playwright-core,
// with the system's Chromium or Chrome; CHROMIUM_PATH chooses). A4, the organization and the
// date in every page header, page numbers in the footer; rows are never cut (print CSS).
import { ExternalFailure } from "../../model/external-failure";
import { existsSync } from "node:fs";
import { InputError } from "../../model/input-error";
import { escapeHtml } from "./escape";

/** Where Debian, Ubuntu, Fedora and Google put their browser, after CHROMIUM_PATH. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The browser to print with, or the error that says how to get one (exit 2). */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = findChromium(env);
  if (!path) throw noBrowser(env);
  return path;
}

function noBrowser(env: NodeJS.ProcessEnv): InputError {
  const received = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${JSON.stringify(env.CHROMIUM_PATH)}, which does not exist` : `no Chromium or Chrome at ${CANDIDATES.join(", ")}`;
  return new InputError("--pdf", received, "a headless Chromium to print with: install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary, or leave out --pdf");
}

export interface PdfPage {
  html: string;
  /** Organization and date, printed at the top of every page. */
  header: string;
  /** The footer's words in the paper's language (paper.pageOf). */
  pageOf: { page: string; of: string };
}

export async function renderPdf(page: PdfPage, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = requireChromium(env);
  // Loaded only for --pdf, so compare without it stays quick to start.
  const { chromium } = await import("playwright-core");
  try {
    return await printWith(chromium, executablePath, page);
  } catch (error) {
    // Chromium's own failure (it would not start, or could not print): one line, exit 3.
    throw new ExternalFailure(`printing the PDF with ${executablePath}`, String((error as Error).message ?? error).split("\n")[0]!);
  }
}

async function printWith(chromium: typeof import("playwright-core").chromium, executablePath: string, page: PdfPage): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page.html, { waitUntil: "load" });
    const { page: pageWord, of: ofWord } = page.pageOf;
    const style = "font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#333;width:100%;margin:0 14mm;";
    return await tab.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      preferCSSPageSize: true,
      // Tagged, with the headings as bookmarks: a document a council publishes must be
      // accessible (lag (2018:1937) om tillgänglighet till digital offentlig service).
      tagged: true,
      outline: true,
      headerTemplate: `<div style="${style}">${escapeHtml(page.header)}</div>`,
      footerTemplate: `<div style="${style}text-align:right;">${pageWord} <span class="pageNumber"></span> ${ofWord} <span class="totalPages"></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
