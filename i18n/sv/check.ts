// Svenska texter för `check` som text.
import type { CheckMessages } from "../catalog";

export const check: CheckMessages = {
  noFindings: "Inga avvikelser.",
  severity: { error: "fel", warning: "varning", waived: "undantag" },
  option: { onprem: "lokalt", online: "online" },
  undecided: "kunde inte avgöras: ",
  rule: "regel",
  at: "plats",
  fix: "åtgärd",
  waivedUntil: (expires: string, by: string, reason: string) => `undantag till och med ${expires}, godkänt av ${by}: ${reason}`,
  summary: (blocking: number, warnings: number, waived: number) => `${blocking} blockerande fel, ${warnings} varningar, ${waived} med undantag`,
};
