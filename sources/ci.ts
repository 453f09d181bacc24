// What the CI path relies on: Terraform's plan format and azurerm backend, GitHub's OIDC
// subjects and action pinning, Azure's built-in roles, Graph permissions, Pulumi's state.
import type { SourceArea } from "./types";

export const ciSources = {
  "terraform-json-output-format": {
    title: "JSON Output Format (Terraform internals)",
    publisher: "HashiCorp",
    url: "https://developer.hashicorp.com/terraform/internals/json-format",
    read: "2026-12-07",
    says: "terraform show -json writes format_version (a new major version is not backward compatible and must be rejected), resource_changes with before/after and before_sensitive/after_sensitive maps, after_unknown, planned_values with sensitive_values, prior_state, errored and complete.",
    primary: true,
  },
  "terraform-azurerm-backend": {
    title: "Backend type: azurerm",
    publisher: "HashiCorp",
    url: "https://developer.hashicorp.com/terraform/language/backend/azurerm",
    read: "2026-12-07",
    says: "The azurerm backend keeps state as a blob, locks it with the storage account's native blob lease, and signs in with Microsoft Entra ID (use_azuread_auth) including OpenID Connect, the recommended method.",
    primary: true,
  },
  "github-oidc-subject-claims": {
    title: "OpenID Connect reference (GitHub Actions)",
    publisher: "GitHub Docs",
    url: "https://docs.github.com/en/actions/reference/security/oidc",
    read: "2026-12-07",
    says: "A job's token carries one subject: repo:OWNER/REPO:environment:NAME for a job in an environment, repo:OWNER/REPO:pull_request for a pull request, else repo:OWNER/REPO:ref:REF.",
    primary: true,
  },
  "github-actions-secure-use": {
    title: "Secure use reference (GitHub Actions)",
    publisher: "GitHub Docs",
    url: "https://docs.github.com/en/actions/reference/security/secure-use",
    read: "2026-12-07",
    says: "Pinning an action to a full-length commit SHA is the only way to use it as an immutable release; untrusted input belongs in an environment variable, not in an expression inside a script.",
    primary: true,
  },
  "learn-azure-built-in-roles": {
    title: "Azure built-in roles",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles",
    read: "2026-12-07",
    says: "Reader, Contributor, Role Based Access Control Administrator, Key Vault Reader (metadata, no secret values), Key Vault Crypto User/Officer, Key Vault Secrets Officer, Storage Blob Data Reader/Contributor.",
    primary: true,
  },
  "learn-graph-permissions": {
    title: "Microsoft Graph permissions reference",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/graph/permissions-reference",
    read: "2026-12-07",
    says: "Application permissions by value: Application.Read.All, Group.Read.All, Policy.Read.All, RoleManagement.Read.Directory, Policy.ReadWrite.ConditionalAccess, Group.ReadWrite.All, RoleManagement.ReadWrite.Directory, ConfigurationMonitoring.Read.All and ReadWrite.All.",
    primary: true,
  },
  "learn-exo-app-only-auth": {
    title: "App-only authentication in Exchange Online PowerShell and Security & Compliance PowerShell",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/exchange/app-only-auth-powershell-v2",
    read: "2026-12-07",
    says: "An application signs in app-only with Exchange.ManageAsApp and gets its rights either from a supported Entra role (Exchange Administrator covers every Exchange Online task, security and protection features included; Compliance Administrator covers Security & Compliance PowerShell) or from custom role groups its service principal is added to (New-ServicePrincipal, Add-RoleGroupMember), recommended to restrict the commands it may run.",
    primary: true,
  },
  "pulumi-state-backends": {
    title: "State and backends (Pulumi)",
    publisher: "Pulumi",
    url: "https://www.pulumi.com/docs/iac/concepts/state-and-backends/",
    read: "2026-12-07",
    says: "Pulumi keeps state in Azure Blob Storage with an azblob:// backend URL and encrypts secrets with an azurekeyvault:// secrets provider.",
    primary: true,
  },
} satisfies SourceArea;
