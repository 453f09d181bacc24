// THE table of the three identities the workflow signs in as, each with the least it needs:
// who it is for, the GitHub token subject it is federated with (GitHub issues exactly one
// subject per job; source: github-oidc-subject-claims), its Azure roles and scopes, its
// Microsoft Graph application permissions and its Entra roles. The bootstrap script
// (model/ci/bootstrap-script.ts) creates them from this table, docs/ci.md lists them and
// test/ci-identities.test.ts holds the two together. Role names are Azure's built-in roles
// (source: learn-azure-built-in-roles); Graph permissions by their value (source: learn-graph-permissions).
import { AUTOMATION_ROLE_IDS, PRIVILEGED_ROLE_NAMES, type OrganizationFile } from "../schema";

export type IdentityId = "plan" | "drift" | "deploy";

/** Where an Azure role is assigned. */
export type RoleScope = "subscriptions" | "terraform-state" | "pulumi-state" | "plans" | "pulumi-secrets-key" | "iac-vault";

export interface AzureRole {
  role: string;
  scope: RoleScope;
  why: string;
}

export interface CiIdentity {
  id: IdentityId;
  /** The GitHub repository secret that holds its client id. */
  clientIdSecret: string;
  /** Which jobs sign in as it. */
  jobs: string;
  /** The subject claim of those jobs' tokens (repository filled in). */
  subject(repository: string, deployEnvironment: string): string;
  azureRoles: AzureRole[];
  graphPermissions: string[];
  /** Entra role template ids. */
  entraRoleIds: string[];
  /** Exchange Online app role: app-only sign-in to the Exchange and compliance cmdlets. */
  exchangeManageAsApp: boolean;
}

export const GLOBAL_READER_ROLE_ID = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

/** Names of Entra roles by template id, for the script and the documentation. */
export const ENTRA_ROLE_NAMES: Record<string, string> = { ...PRIVILEGED_ROLE_NAMES, [GLOBAL_READER_ROLE_ID]: "Global Reader" };

const READ_AZURE: AzureRole[] = [
  { role: "Reader", scope: "subscriptions", why: "terraform plan refreshes every resource" },
  { role: "Key Vault Reader", scope: "subscriptions", why: "refresh reads vault, key and secret metadata (never secret values)" },
  { role: "Storage Blob Data Reader", scope: "terraform-state", why: "reads the state; plans run with -lock=false, so no lease is needed" },
  { role: "Key Vault Secrets User", scope: "iac-vault", why: "refresh reads the servers' generated administrator passwords, which the state it reads holds too" },
];

export const CI_IDENTITIES: CiIdentity[] = [
  {
    id: "plan",
    clientIdSecret: "AZURE_PLAN_CLIENT_ID",
    jobs: "pull requests: terraform plan of the chosen stack and Pulumi preview of the tenant",
    subject: (repository) => `repo:${repository}:pull_request`,
    azureRoles: [
      ...READ_AZURE,
      { role: "Storage Blob Data Reader", scope: "pulumi-state", why: "pulumi preview reads the tenant program's state" },
      { role: "Key Vault Crypto User", scope: "pulumi-secrets-key", why: "pulumi preview decrypts the state's secrets with the Key Vault secrets provider" },
    ],
    graphPermissions: ["Application.Read.All", "Group.Read.All", "Policy.Read.All", "RoleManagement.Read.Directory"],
    entraRoleIds: [GLOBAL_READER_ROLE_ID],
    exchangeManageAsApp: true,
  },
  {
    id: "drift",
    clientIdSecret: "AZURE_DRIFT_CLIENT_ID",
    jobs: "main branch: the plan saved for the deploy, and the scheduled drift checks",
    subject: (repository) => `repo:${repository}:ref:refs/heads/main`,
    azureRoles: [...READ_AZURE, { role: "Storage Blob Data Contributor", scope: "plans", why: "saves the binary plan the deploy job applies (plans hold secrets: never a CI artifact)" }],
    graphPermissions: ["ConfigurationMonitoring.Read.All"],
    entraRoleIds: [],
    exchangeManageAsApp: false,
  },
  {
    id: "deploy",
    clientIdSecret: "AZURE_DEPLOY_CLIENT_ID",
    jobs: "the deploy job, after approval in the protected environment: terraform apply of the saved plan, pulumi up, the TCM monitor",
    subject: (repository, environment) => `repo:${repository}:environment:${environment}`,
    azureRoles: [
      { role: "Contributor", scope: "subscriptions", why: "creates and changes the stacks' resources" },
      { role: "Role Based Access Control Administrator", scope: "subscriptions", why: "the stacks assign roles to their own managed identities" },
      { role: "Key Vault Crypto Officer", scope: "subscriptions", why: "creates the Customer Key root keys" },
      { role: "Key Vault Secrets Officer", scope: "iac-vault", why: "writes the servers' generated administrator passwords" },
      { role: "Storage Blob Data Contributor", scope: "terraform-state", why: "writes the state under a blob lease (the lock)" },
      { role: "Storage Blob Data Reader", scope: "plans", why: "reads the saved plan it applies" },
      { role: "Storage Blob Data Contributor", scope: "pulumi-state", why: "writes the tenant program's state" },
      { role: "Key Vault Crypto User", scope: "pulumi-secrets-key", why: "encrypts and decrypts the state's secrets" },
    ],
    graphPermissions: [
      "Application.ReadWrite.OwnedBy",
      "Group.ReadWrite.All",
      "Policy.Read.All",
      "Policy.ReadWrite.ConditionalAccess",
      "RoleManagement.ReadWrite.Directory",
      "ConfigurationMonitoring.ReadWrite.All",
    ],
    entraRoleIds: [...AUTOMATION_ROLE_IDS],
    exchangeManageAsApp: true,
  },
];

export function ciIdentity(id: IdentityId): CiIdentity {
  return CI_IDENTITIES.find((identity) => identity.id === id)!;
}

/** The deploy identity's Entra roles are the organization file's automation roles. */
export function entraRolesOf(identity: CiIdentity, org: OrganizationFile): string[] {
  return identity.id === "deploy" ? org.identity.automation.directoryRoleIds : identity.entraRoleIds;
}

const SCOPE_TEXT: Record<RoleScope, string> = {
  subscriptions: "the subscriptions (the second one too with Customer Key)",
  "terraform-state": "the Terraform state container",
  "pulumi-state": "the Pulumi state container",
  plans: "the saved-plans container",
  "pulumi-secrets-key": "the Pulumi secrets key",
  "iac-vault": "the IaC Key Vault (`azure.state.keyVaultName`)",
};

/** The identity table as docs/ci.md shows it (npm run ci-docs writes it there; a test keeps it current). */
export function identitiesMarkdown(): string {
  const out: string[] = [];
  for (const identity of CI_IDENTITIES) {
    out.push(`#### ${identity.id}`, "", `- Used by: ${identity.jobs}.`, `- Federated credential subject: \`${identity.subject("OWNER/REPO", "ENVIRONMENT")}\`.`, `- Client id secret: \`${identity.clientIdSecret}\`.`);
    out.push("- Azure roles:");
    for (const role of identity.azureRoles) out.push(`  - ${role.role} on ${SCOPE_TEXT[role.scope]}: ${role.why}.`);
    out.push(`- Microsoft Graph application permissions: ${identity.graphPermissions.length ? identity.graphPermissions.map((p) => `\`${p}\``).join(", ") : "none"}.`);
    const entra = identity.id === "deploy" ? `the organization file's \`identity.automation.directoryRoleIds\` (by default ${AUTOMATION_ROLE_IDS.map((id) => ENTRA_ROLE_NAMES[id]).join(" and ")})` : identity.entraRoleIds.map((id) => ENTRA_ROLE_NAMES[id]).join(", ") || "none";
    out.push(`- Entra roles: ${entra}.`, `- Exchange Online: ${identity.exchangeManageAsApp ? "`Exchange.ManageAsApp`" : "none"}.`, "");
  }
  return out.join("\n");
}
