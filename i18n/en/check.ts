// English texts of `check` as text.
export const check = {
  noFindings: "No findings.",
  severity: { error: "error", warning: "warning", waived: "waived" },
  option: { onprem: "on-prem", online: "online" },
  undecided: "could not decide: ",
  rule: "rule",
  at: "at",
  fix: "fix",
  waivedUntil: (expires: string, by: string, reason: string) => `waived until ${expires} by ${by}: ${reason}`,
  summary: (blocking: number, warnings: number, waived: number) => `${blocking} blocking error(s), ${warnings} warning(s), ${waived} waived`,
};
