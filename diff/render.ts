// The diff as a pull-request comment (markdown with a hidden tag, so CI finds and updates
// its one comment instead of adding another; Infracost does the same) and as JSON.
import { sek, signed } from "../cost/render/document";
import type { DiffReport, ResourceChange } from "./compute";

export const DIFF_COMMENT_TAG = "<!-- exchange-iac-diff -->";

const cell = (text: string) => text.replace(/\|/g, "\\|");
const MAX_LISTED = 30;

export function renderDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderDiffMarkdown(report: DiffReport): string {
  const out = [DIFF_COMMENT_TAG, `## exchange-iac diff`, "", `Base: ${report.base}. Head: ${report.head}.`, ""];
  if (!report.changed) {
    out.push("**No change**: the same resources, cost and findings in both.");
    return `${out.join("\n")}\n`;
  }
  out.push("| Stack | Added | Changed | Replaced | Removed |", "|---|---:|---:|---:|---:|");
  for (const s of report.stacks) out.push(`| ${s.stack} | ${s.added.length} | ${s.changed.length} | ${s.replaced.length} | ${s.removed.length} |`);
  out.push("");
  for (const s of report.stacks) {
    const facts = s.facts.filter((f) => f.base !== f.head);
    const lists: [string, ResourceChange[]][] = [
      ["Added", s.added],
      ["Changed", s.changed],
      ["Replaced", s.replaced],
      ["Removed", s.removed],
    ];
    if (!facts.length && lists.every(([, l]) => !l.length)) continue;
    out.push(`### ${s.stack}`, "");
    for (const f of facts) out.push(`- ${f.name}: ${f.base ?? "none"} → ${f.head ?? "none"}`);
    if (facts.length) out.push("");
    for (const [title, list] of lists) {
      if (!list.length) continue;
      out.push(`<details><summary>${title}: ${list.length}</summary>`, "");
      for (const r of list.slice(0, MAX_LISTED)) out.push(`- \`${r.address}\`${r.attributes?.length ? `: ${r.attributes.slice(0, 8).map((a) => `\`${a}\``).join(", ")}${r.attributes.length > 8 ? ", ..." : ""}` : ""}`);
      if (list.length > MAX_LISTED) out.push(`- ... and ${list.length - MAX_LISTED} more (see the JSON output)`);
      out.push("", "</details>", "");
    }
  }
  out.push("### Cost (SEK, cash including in-house staff)", "");
  if ("unavailable" in report.cost) out.push(`Not compared: ${report.cost.unavailable}.`, "");
  else {
    const years = report.cost[0]?.perYear.map((y) => `Year ${y.year}`) ?? [];
    out.push(`| Option | ${years.join(" | ")} | TCO base | TCO head | TCO delta |`, `|---|${years.map(() => "---:").join("|")}|---:|---:|---:|`);
    for (const c of report.cost) out.push(`| ${c.option} | ${c.perYear.map((y) => signed(y.delta)).join(" | ")} | ${sek(c.tco.base)} | ${sek(c.tco.head)} | ${signed(c.tco.delta)} |`);
    out.push("");
  }
  out.push("### Findings", "");
  if ("unavailable" in report.findings) out.push(`Not compared: ${report.findings.unavailable}.`);
  else {
    const { new: added, fixed } = report.findings;
    if (!added.length && !fixed.length) out.push("No new or fixed findings.");
    const lines = [
      ...added.map((f) => `- new ${f.severity}${f.status === "undecided" ? " (undecided)" : ""}${f.waived ? " (waived)" : ""}: **${f.ruleId}** (${f.option}) ${cell(f.message)}`),
      ...fixed.map((f) => `- fixed: **${f.ruleId}** (${f.option}) ${cell(f.message)}`),
    ];
    out.push(...lines.slice(0, MAX_LISTED));
    if (lines.length > MAX_LISTED) out.push(`- ... and ${lines.length - MAX_LISTED} more (see the JSON output)`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
