// Svenska texter för diffen (kommentaren i pull requesten).
import type { DiffMessages } from "../catalog";

export const diff: DiffMessages = {
  heading: "exchange-iac diff",
  baseHead: (base: string, head: string) => `Bas: ${base}. Ny: ${head}.`,
  side: {
    organizationFile: (path: string) => `organisationsfilen ${path}`,
    organizationFileIn: (dir: string) => `organisationsfilen i ${dir}`,
    projectDirectory: (dir: string) => `projektkatalogen ${dir}`,
    git: (ref: string, commit: string) => `git ${ref} (${commit})`,
    thisTree: "den här versionen",
    deployedState: (option: string) => `driftsatt läge för stacken ${option} (planens utgångsläge)`,
    plan: (path: string) => `planen ${path}`,
  },
  facts: { "mailbox servers": "postlådeservrar", "edge servers": "Edge-servrar", "mailbox databases": "postlådedatabaser" },
  noChange: "**Ingen ändring**: samma resurser, kostnader och iakttagelser i båda.",
  stackColumns: ["Stack", "Tillagda", "Ändrade", "Ersatta", "Borttagna"],
  lists: { added: "Tillagda", changed: "Ändrade", replaced: "Ersatta", removed: "Borttagna", drifted: "Ändrade utanför Terraform sedan förra körningen (planen ändrar tillbaka dem)", notApplied: "Ändrade i koden men inte på befintliga resurser (lifecycle ignore_changes; se storleksändringen i docs/onprem.md)" },
  none: "inget",
  shortened: (address: string, attribute: string, from: string, to: string) =>
    `**Kortare lagringstid**: ${address} ${attribute} från ${from} till ${to} dagar; uppgifter som är äldre än så raderas och kan inte återställas.`,
  more: (count: number) => `... och ${count} till (se JSON-utdata)`,
  costHeading: "Kostnad (utbetalningar inklusive egen personal)",
  notCompared: (why: string) => `Inte jämfört: ${why}.`,
  costColumns: (years: string[]) => ["Alternativ", ...years, "Total kostnad bas", "Total kostnad ny", "Skillnad"],
  year: (year: number) => `År ${year}`,
  findingsHeading: "Iakttagelser",
  noFindingChange: "Inga nya eller åtgärdade iakttagelser.",
  newFinding: (severity: string, flags: string, rule: string, option: string, message: string) => `- ny iakttagelse (${severity}${flags}): **${rule}** (${option}) ${message}`,
  fixedFinding: (rule: string, option: string, message: string) => `- åtgärdad: **${rule}** (${option}) ${message}`,
  undecided: ", kunde inte avgöras",
  waived: ", undantag",
  severity: { error: "fel", warning: "varning" },
};
