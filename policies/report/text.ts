// `check` as text for a terminal: each finding in at most 100 columns, with the rule's title,
// what it found, where it points and the remediation, in the reader's language (the rules
// catalog, i18n/<lang>/rules); the JSON and SARIF reports keep every field whole, in English.
import { catalog } from "../../i18n/catalog";
import type { Lang } from "../../i18n/lang";
import { TERMINAL_WIDTH, wrapText } from "../../i18n/wrap";
import type { Finding } from "../types";
import { ruleTexts } from "../say";
import { isBlocking } from "../waivers";

export function describeLocation(finding: Finding): string {
  const l = finding.location;
  if (l.kind === "organization") return l.path;
  if (l.kind === "resource") return `${l.stack}: ${l.address}`;
  return `${l.document}: ${l.path}`;
}

const INDENT = " ".repeat(27);

/**
 * Where a finding points, on one line when it fits; a document path goes on a second line
 * under its file name, and only what still does not fit (a long resource address) is cut at
 * its start, keeping the end, where the name is.
 */
function where(label: string, value: string): string[] {
  const first = `${INDENT}${label}: `;
  const cut = (prefix: string, text: string) => {
    const room = TERMINAL_WIDTH - prefix.length;
    return `${prefix}${text.length <= room ? text : `…${text.slice(text.length - room + 1)}`}`;
  };
  if (first.length + value.length <= TERMINAL_WIDTH) return [`${first}${value}`];
  const split = value.indexOf(": ");
  if (split < 0) return [cut(first, value)];
  return [cut(first, value.slice(0, split + 1)), cut(`${INDENT}  `, value.slice(split + 2))];
}

export function renderFindingsText(findings: Finding[], lang: Lang = "en"): string {
  const m = catalog(lang).check;
  if (findings.length === 0) return `${m.noFindings}\n`;
  const blocks = findings.map((f) => {
    const mark = f.waiver ? m.severity.waived : m.severity[f.severity];
    const head = `${m.option[f.option].padEnd(7)}  ${mark.padEnd(8)}  ${f.ruleId.padEnd(6)}  `;
    const rule = ruleTexts(f.ruleId, lang);
    const lines = wrapText(`${f.status === "undecided" ? m.undecided : ""}${f.messages[lang]}`, INDENT, TERMINAL_WIDTH, head);
    if (rule) lines.push(...wrapText(`${m.rule}: ${rule.title}`, INDENT));
    if (f.waiver) lines.push(...wrapText(m.waivedUntil(f.waiver.expires, f.waiver.approvedBy, f.waiver.reason), INDENT));
    lines.push(...where(m.at, describeLocation(f)));
    if (rule) lines.push(...wrapText(`${m.fix}: ${rule.remediation}`, INDENT));
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n\n${summary(findings, lang)}\n`;
}

export function summary(findings: Finding[], lang: Lang = "en"): string {
  const count = (predicate: (f: Finding) => boolean) => findings.filter(predicate).length;
  return catalog(lang).check.summary(count(isBlocking), count((f) => f.severity === "warning" && !f.waiver), count((f) => !!f.waiver));
}
