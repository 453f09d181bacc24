// English texts of the azure rules: title, remediation and each message a rule gives.
export const azure = {
  az01: {
    title: "Every Azure resource is in an allowed region, and allowed regions are in the EU/EEA",
    remediation: "Deploy to a region listed in azure.allowedRegions, and list only EU/EEA regions there (narrow it to Sweden if decided).",
    regionOutsideEea: (region: string) => `azure.allowedRegions lists ${region}, which is not a region in the EU/EEA`,
    regionUnknown: (address: string) => `the region of ${address} is not known until apply`,
    outsideEea: (address: string, location: string) => `${address} is in ${location}, which is outside the EU/EEA`,
    notAllowed: (address: string, location: string, allowed: string[]) => `${address} is in ${location}, not in the allowed regions ${allowed.join(", ")}`,
  },
  az02: {
    title: "Key Vaults: purge protection on, soft-delete retention 90 days, public network access off or default-deny network rules that allow only specific addresses",
    remediation: "Set purge_protection_enabled = true, soft_delete_retention_days = 90, and public_network_access_enabled = false or network_acls.default_action = \"Deny\" with ip_rules naming the runners' own addresses (no 0.0.0.0/0 or range wider than /16).",
    purgeUnknown: (vault: string) => `purge protection of ${vault} is not known until apply`,
    purgeOff: (vault: string) => `${vault} has purge protection off`,
    softDelete: (vault: string, days: number | undefined) => `${vault} keeps soft-deleted items ${days ?? "the provider default of"} days, not 90`,
    publicAccess: (vault: string) => `${vault} is reachable from public networks (no default-deny network rules)`,
    wideRange: (vault: string, range: string) => `${vault} allows ${range} through its network rules, which is not a specific range of addresses (at most /16)`,
  },
  az03: {
    title: "With Customer Key: two premium vaults in two different regions and subscriptions, RSA-HSM keys allowing wrapKey/unwrapKey, no key expiry",
    remediation: "Declare two premium Key Vaults in different regions under two provider aliases (subscriptions), each with an RSA-HSM key with key_opts wrapKey and unwrapKey and no expiration_date.",
    sameSubscription: (subscription: string) => `both Customer Key vaults would be in subscription ${subscription}; organization.subscriptions.secondary must be another subscription`,
    tooFewVaults: (vaults: number, regions: number, subscriptions: number) =>
      `Customer Key is enabled but the stack has ${vaults} premium vault(s) in ${regions} region(s) under ${subscriptions} subscription(s); two of each are required`,
    notHsm: (key: string, type: string) => `${key} is ${type}, not RSA-HSM`,
    noWrap: (key: string) => `${key} does not allow wrapKey and unwrapKey`,
    expires: (key: string, date: string) => `${key} expires (${date}); Customer Key root keys must not`,
  },
  az04: {
    title: "Storage accounts: minimum TLS 1.2 set explicitly, HTTPS only, no public blob access",
    remediation: "Set min_tls_version = \"TLS1_2\", https_traffic_only_enabled = true and allow_nested_items_to_be_public = false.",
    noMinTls: (account: string) => `${account} does not set min_tls_version to TLS1_2 or later`,
    plainHttp: (account: string) => `${account} accepts plain HTTP`,
    publicBlobs: (account: string) => `${account} allows public blob access`,
  },
  az05: {
    title: "Log Analytics workspaces that hold audit data retain it at least 365 days",
    remediation: "Set retention_in_days to at least 365 (and at least retention.auditLogRetentionDays).",
    unknown: (workspace: string) => `retention of ${workspace} is not known until apply`,
    tooShort: (workspace: string, days: string | undefined) => `${workspace} retains data ${days ?? "30 (default)"} days, less than 365`,
  },
  az06: {
    title: "Data-bearing resources are protected from destroy; a plan that deletes or replaces one is blocked",
    remediation: "Keep lifecycle.prevent_destroy = true on vaults, keys, storage, workspaces, recovery vaults and mailbox servers; change the plan so it neither deletes nor replaces them.",
    planReplaces: (address: string) => `the plan replaces ${address}, which holds data`,
    planDeletes: (address: string) => `the plan deletes ${address}, which holds data`,
    noPreventDestroy: (address: string) => `${address} holds data but has no prevent_destroy`,
  },
  az07: {
    title: "No secret is written in clear into the generated configuration",
    remediation: "Take passwords and keys from a sensitive Terraform variable or a Key Vault reference, never a literal.",
    clearSecret: (where: string, path: string) => `${where} writes ${path} in clear`,
  },
};
