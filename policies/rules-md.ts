// policies/RULES.md is generated from the rule metadata (npm run rules-md); a test keeps it current.
import { source } from "../sources";
import type { Rule } from "./types";

export const RULES_MD_PATH = new URL("./RULES.md", import.meta.url);

export function rulesMarkdown(rules: Rule[]): string {
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const links = (r: Rule) => r.sources.map((id) => `[${escape(source(id).title)}](${source(id).url})`).join("; ");
  const rows = rules.map((r) => `| ${r.id} | ${r.severity} | ${r.appliesTo} | ${escape(r.title)} | ${escape(r.basis)} | ${escape(r.remediation)} | ${links(r)} |`);
  return [
    "# Rules",
    "",
    "Generated from the rule metadata in `policies/rules/` by `npm run rules-md`; do not edit by hand.",
    "Severity `error` blocks (exit 1, failed synth) unless waived; `warning` is reported only.",
    "",
    "| ID | Severity | Applies to | Rule | Basis | Remediation | Sources |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
