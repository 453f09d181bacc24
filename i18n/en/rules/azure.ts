// English texts of the azure rules: title, remediation and each message a rule gives.
export const azure = {
  az01: {
    title: "Every Azure resource is in an allowed region, and allowed regions are in the EU/EEA",
    remediation: "Deploy to a region listed in azure.allowedRegions, and list only EU/EEA regions there (narrow it to Sweden if decided).",
  },
  az02: {
    title: "Key Vaults: purge protection on, soft-delete retention 90 days, public network access off or default-deny network rules that allow only specific addresses",
    remediation: "Set purge_protection_enabled = true, soft_delete_retention_days = 90, and public_network_access_enabled = false or network_acls.default_action = \"Deny\" with ip_rules naming the runners' own addresses (no 0.0.0.0/0 or range wider than /16).",
  },
  az03: {
    title: "With Customer Key: two premium vaults in two different regions and subscriptions, RSA-HSM keys allowing wrapKey/unwrapKey, no key expiry",
    remediation: "Declare two premium Key Vaults in different regions under two provider aliases (subscriptions), each with an RSA-HSM key with key_opts wrapKey and unwrapKey and no expiration_date.",
  },
  az04: {
    title: "Storage accounts: minimum TLS 1.2 set explicitly, HTTPS only, no public blob access",
    remediation: "Set min_tls_version = \"TLS1_2\", https_traffic_only_enabled = true and allow_nested_items_to_be_public = false.",
  },
  az05: {
    title: "Log Analytics workspaces that hold audit data retain it at least 365 days",
    remediation: "Set retention_in_days to at least 365 (and at least retention.auditLogRetentionDays).",
  },
  az06: {
    title: "Data-bearing resources are protected from destroy; a plan that deletes or replaces one is blocked",
    remediation: "Keep lifecycle.prevent_destroy = true on vaults, keys, storage, workspaces, recovery vaults and mailbox servers; change the plan so it neither deletes nor replaces them.",
  },
  az07: {
    title: "No secret is written in clear into the generated configuration",
    remediation: "Take passwords and keys from a sensitive Terraform variable or a Key Vault reference, never a literal.",
  },
};
