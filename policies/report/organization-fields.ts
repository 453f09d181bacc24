// Where in the organization file a finding about a generated resource or document comes from:
// the field a user edits to fix it. SARIF puts such findings on that field's line (the
// generated files are not in the repository, so code scanning could not show them), and keeps
// the generated artifact as a related location. A rule not listed points at the file's top.
export const RULE_FIELDS: Record<string, string> = {
  "AZ-01": "azure.region",
  "AZ-02": "azure.dataPlaneAccess",
  "AZ-03": "online.customerKey",
  "AZ-05": "retention.auditLogRetentionDays",
  "DEP-03": "deployment.prerequisites.encryptionAtHostRegistered",
  "DEP-04": "deployment.prerequisites.swedenSouthAccess",
  "DEP-05": "sites.witness",
  "DEP-06": "azure.dataPlaneAccess.privateEndpoint",
  "DEP-08": "deployment.prerequisites.staticIpPools",
  "DEP-10": "onprem.mailboxServers",
  "EXO-05": "onprem.mailAuthentication",
  "ONP-01": "onprem.exchangeVersion",
  "ONP-02": "sites.witness",
  "ONP-03": "sites",
  "ONP-05": "onprem.namespace",
  "ONP-06": "onprem.hosts",
  "ONP-07": "onprem.backup",
  "ONP-08": "onprem.patching",
  "ONP-09": "onprem.vcpuPerPhysicalCore",
  "ONP-10": "onprem.modernAuthentication",
  "ONP-11": "onprem.rightsManagement",
  "ONP-12": "onprem.hosts",
  "ONP-13": "onprem.coexistence",
  "RET-01": "retention.deletionDecisions",
  "RET-02": "retention.leaverMailboxes",
  "RET-03": "governance.recordsAccessRoles",
  "RET-04": "retention.deletionDecisions",
};
