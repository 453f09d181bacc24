// English texts of the retention rules: title, remediation and each message a rule gives.
export const retention = {
  ret01: {
    title: "Every retention rule that deletes mail references a deletion decision (gallringsbeslut) and deletes no earlier than that decision allows",
    remediation: "Record the gallringsbeslut in retention.deletionDecisions and derive every deleting retention rule or tag from it, with at least its period.",
    subject: "deletion under retention",
    deletion: "deletion",
    tag: (name: string) => `retention tag ${name}`,
    rule: (name: string) => `retention rule ${name}`,
    noDecision: (what: string) => `${what} deletes mail but references no deletion decision`,
    unknownDecision: (what: string, id: string) => `${what} references ${id}, which is not a deletion decision in retention.deletionDecisions`,
    unknownAge: (what: string) => `the age at which ${what} deletes is not known`,
    allMail: (id: string) => `decision ${id} is applied to all mail in every mailbox (no contentMatchQuery narrows it): records of lasting value are deleted too unless they are registered or moved first, or the decision covers all mail`,
    tooEarly: (what: string, days: number, decision: string, years: number, least: number) =>
      `${what} deletes after ${days} days; decision ${decision} allows deletion after ${years} years (${least} days) at the earliest`,
  },
  ret02: {
    title: "Mailboxes of people who leave are retained (inactive mailbox / retention), not deleted with the account",
    remediation: "Set retention.leaverMailboxes: retain (Exchange Online: an enabled retention policy on all mailboxes that keeps content, so a leaver's mailbox becomes inactive).",
    subject: "leavers' mailboxes",
    deletedWithAccount: "leavers' mailboxes are deleted with their accounts",
    noKeepingPolicy: "no enabled retention policy keeps the content of every mailbox, so a leaver's mailbox is deleted with the account instead of becoming inactive",
  },
  ret03: {
    title: "Search, export and hold across all mailboxes are granted to at least two named roles",
    remediation: "List at least two named roles in governance.recordsAccessRoles; each gets a role group with search, export and hold.",
    subject: "access to public records",
    searchExportHold: "search, export and hold",
    tooFew: (roles: string[], granted: string[]) =>
      `search, export and hold (${roles.join(", ")}) are granted to ${granted.length} role group(s)${granted.length ? ` (${granted.join(", ")})` : ""}; at least two named roles are required`,
  },
  ret04: {
    title: "Message-trace and audit logs are kept at least as long as the organization's decided period",
    remediation: "Record a deletion decision about logs (retention.deletionDecisions with appliesTo: logs) and keep message tracking and audit logs at least that long.",
    subject: "log retention",
    auditRetention: "audit log retention",
    noDecision: "no deletion decision about logs is recorded, so how long logs must be kept is undecided",
    why: (decision: string, years: number, auditDays: number) => `deletion decision ${decision} (${years} years) with retention.auditLogRetentionDays ${auditDays}`,
    traceWhy: (decision: string, years: number) => `deletion decision ${decision} (${years} years)`,
    log: { messageTrace: "Exchange Online message trace (searchable 90 days unless exported, online.messageTraceExport)", messageTracking: "message tracking logs", adminAudit: "admin audit logs", mailboxAudit: "mailbox audit logs", auditRecords: "audit records" },
    unknownDuration: "an audit retention duration is not a known duration",
    unknownKept: (what: string) => `how long ${what} are kept is not known`,
    keptTooShort: (what: string, days: number, why: string, least: number) => `${what} are kept ${days} days; ${why} requires at least ${least}`,
  },
};
