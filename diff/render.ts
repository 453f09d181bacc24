// The diff as a pull-request comment (markdown with a hidden tag, so CI finds and updates
// its one comment instead of adding another; Infracost does the same) and as JSON. The
// comment is written in the organization's language (--lang).
import { catalog } from "../i18n/catalog";
import type { Lang } from "../i18n/lang";
import { printable } from "../model/external-failure";
import { markdownCode, markdownText } from "../report/render/escape";
import type { DiffReport, ResourceChange } from "./compute";
import { describeSide } from "./side";

export const DIFF_COMMENT_TAG = "<!-- exchange-iac-diff -->";

const MAX_LISTED = 30;

export function renderDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderDiffMarkdown(report: DiffReport, lang: Lang = "en"): string {
  const { diff: t, format: f, report: r } = catalog(lang);
  const signed = (value: number) => (value > 0 ? `+${f.kr(value)}` : value < 0 ? `-${f.kr(-value)}` : "0");
  const option = (id: string) => r.optionShort[id as keyof typeof r.optionShort] ?? id;
  const severity = (id: string) => t.severity[id as keyof typeof t.severity] ?? id;
  const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  const out = [DIFF_COMMENT_TAG, `## ${t.heading}`, "", t.baseHead(markdownText(describeSide(report.sides.base, t.side)), markdownText(describeSide(report.sides.head, t.side))), ""];
  if (!report.changed) {
    out.push(t.noChange);
    return `${out.join("\n")}\n`;
  }
  out.push(row(t.stackColumns), "|---|---:|---:|---:|---:|");
  for (const s of report.stacks) out.push(row([markdownText(s.stack), s.added.length, s.changed.length, s.replaced.length, s.removed.length]));
  out.push("");
  for (const s of report.stacks) {
    const facts = s.facts.filter((x) => x.base !== x.head);
    const lists: [string, ResourceChange[]][] = [
      [t.lists.added, s.added],
      [t.lists.changed, s.changed],
      [t.lists.replaced, s.replaced],
      [t.lists.removed, s.removed],
      [t.lists.drifted, s.drifted],
      [t.lists.notApplied, s.notApplied],
    ];
    if (!facts.length && lists.every(([, l]) => !l.length)) continue;
    out.push(`### ${markdownText(s.stack)}`, "");
    for (const x of shortenedRetention([...s.changed, ...s.replaced])) out.push(`- ${t.shortened(markdownCode(printable(x.address)), markdownCode(x.path), f.decimal(x.before), f.decimal(x.after))}`, "");
    for (const x of facts) out.push(`- ${markdownText(t.facts[x.name] ?? x.name)}: ${x.base ?? t.none} → ${x.head ?? t.none}`);
    if (facts.length) out.push("");
    for (const [title, list] of lists) {
      if (!list.length) continue;
      out.push(`<details><summary>${title}: ${list.length}</summary>`, "");
      for (const c of list.slice(0, MAX_LISTED)) out.push(`- ${markdownCode(printable(c.address))}${c.attributes?.length ? `: ${c.attributes.slice(0, 8).map((a) => attributeText(c, a)).join(", ")}${c.attributes.length > 8 ? ", ..." : ""}` : ""}`);
      if (list.length > MAX_LISTED) out.push(`- ${t.more(list.length - MAX_LISTED)}`);
      out.push("", "</details>", "");
    }
  }
  out.push(`### ${t.costHeading}`, "");
  if ("unavailable" in report.cost) out.push(t.notCompared(report.cost.unavailable), "");
  else {
    const years = report.cost[0]?.perYear.map((y) => t.year(y.year)) ?? [];
    out.push(row(t.costColumns(years)), `|---|${years.map(() => "---:").join("|")}|---:|---:|---:|`);
    for (const c of report.cost) out.push(row([option(c.option), ...c.perYear.map((y) => signed(y.delta)), f.kr(c.tco.base), f.kr(c.tco.head), signed(c.tco.delta)]));
    out.push("");
  }
  out.push(`### ${t.findingsHeading}`, "");
  if ("unavailable" in report.findings) out.push(t.notCompared(report.findings.unavailable));
  else {
    const { new: added, fixed } = report.findings;
    if (!added.length && !fixed.length) out.push(t.noFindingChange);
    const lines = [
      ...added.map((x) => t.newFinding(severity(x.severity), `${x.status === "undecided" ? t.undecided : ""}${x.waived ? t.waived : ""}`, x.ruleId, option(x.option), markdownText(x.messages?.[lang] ?? x.message))),
      ...fixed.map((x) => t.fixedFinding(x.ruleId, option(x.option), markdownText(x.messages?.[lang] ?? x.message))),
    ];
    out.push(...lines.slice(0, MAX_LISTED));
    if (lines.length > MAX_LISTED) out.push(`- ${t.more(lines.length - MAX_LISTED)}`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** `attribute`, with its values when both are single values: `retention_in_days` `730` → `366`. */
function attributeText(change: ResourceChange, attribute: string): string {
  const value = change.values?.[attribute];
  const shown = (v: unknown) => {
    const text = printable(String(v));
    return markdownCode(text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 3)}...` : text);
  };
  return value ? `${markdownCode(printable(attribute))} ${shown(value.before)} → ${shown(value.after)}` : markdownCode(printable(attribute));
}

const MAX_VALUE = 60;
const RETENTION = /(^|\.)(total_)?retention(_in)?_days$/;

/** The retentions a change shortens (Log Analytics days), which delete data that cannot be brought back. */
function shortenedRetention(changes: ResourceChange[]): { address: string; path: string; before: number; after: number }[] {
  return changes.flatMap((c) =>
    Object.entries(c.values ?? {}).flatMap(([path, { before, after }]) =>
      RETENTION.test(path) && typeof before === "number" && typeof after === "number" && after < before ? [{ address: c.address, path, before, after }] : [],
    ),
  );
}
