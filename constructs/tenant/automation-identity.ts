// The identity CI uses to apply the Exchange Online configuration: an application and service
// principal that sign in with a federated credential (OIDC from CI), never a client secret
// (IAM-05, AZ-07). App-only Exchange access needs the Exchange.ManageAsApp app role plus an
// Entra role (sources: learn-exo-powershell, learn-workload-identity-federation).
import * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";

/** Office 365 Exchange Online, the same application id in every tenant (source: learn-customer-key-set-up). */
export const EXCHANGE_ONLINE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";
/** App role Exchange.ManageAsApp of Office 365 Exchange Online. */
export const EXCHANGE_MANAGE_AS_APP_ROLE_ID = "dc50a0fb-09a3-484d-be87-e023b12c6440";

export interface FederatedCredentialArgs {
  /** OIDC issuer of the CI system, https only, e.g. https://token.actions.githubusercontent.com */
  readonly issuer: string;
  /** Subject claim of the CI token, e.g. repo:org/repo:environment:production */
  readonly subject: string;
  /** @default ["api://AzureADTokenExchange"] */
  readonly audiences?: string[];
}

export interface AutomationIdentityArgs {
  readonly displayName: string;
  readonly federatedCredential: FederatedCredentialArgs;
  /** Entra role template ids assigned to the service principal. */
  readonly directoryRoleIds: string[];
}

export class AutomationIdentity extends pulumi.ComponentResource {
  readonly application: azuread.Application;
  readonly servicePrincipal: azuread.ServicePrincipal;
  readonly federatedCredential: azuread.ApplicationFederatedIdentityCredential;
  readonly clientId: pulumi.Output<string>;

  constructor(name: string, args: AutomationIdentityArgs, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:AutomationIdentity", name, {}, opts);
    const credential = args.federatedCredential;
    if (!/^https:\/\/\S+$/.test(credential.issuer) || credential.subject.trim() === "") {
      throw new Error(
        `AutomationIdentity ${name}: federatedCredential received issuer ${JSON.stringify(credential.issuer)}, subject ${JSON.stringify(credential.subject)}; expected an https issuer and a non-empty subject`,
      );
    }
    const child = { parent: this };

    // No `password` block and no ApplicationPassword: nothing secret ever reaches the state.
    this.application = new azuread.Application(
      `${name}-application`,
      {
        displayName: args.displayName,
        signInAudience: "AzureADMyOrg",
        preventDuplicateNames: true,
        requiredResourceAccesses: [{ resourceAppId: EXCHANGE_ONLINE_APP_ID, resourceAccesses: [{ id: EXCHANGE_MANAGE_AS_APP_ROLE_ID, type: "Role" }] }],
      },
      child,
    );
    this.servicePrincipal = new azuread.ServicePrincipal(`${name}-service-principal`, { clientId: this.application.clientId }, child);
    this.federatedCredential = new azuread.ApplicationFederatedIdentityCredential(
      `${name}-ci`,
      {
        applicationId: this.application.id,
        displayName: "ci",
        description: "CI signs in with its OIDC token; no client secret exists.",
        issuer: credential.issuer,
        subject: credential.subject,
        audiences: credential.audiences ?? ["api://AzureADTokenExchange"],
      },
      child,
    );

    // Microsoft's own service principal: looked up, never deleted with this stack.
    const exchangeOnline = new azuread.ServicePrincipal(
      `${name}-exchange-online`,
      { clientId: EXCHANGE_ONLINE_APP_ID, useExisting: true },
      { ...child, retainOnDelete: true },
    );
    new azuread.AppRoleAssignment(
      `${name}-exchange-manage-as-app`,
      { appRoleId: EXCHANGE_MANAGE_AS_APP_ROLE_ID, principalObjectId: this.servicePrincipal.objectId, resourceObjectId: exchangeOnline.objectId },
      child,
    );
    for (const roleId of args.directoryRoleIds) {
      new azuread.DirectoryRoleAssignment(`${name}-role-${roleId}`, { roleId, principalObjectId: this.servicePrincipal.objectId }, child);
    }

    this.clientId = this.application.clientId;
    this.registerOutputs({ clientId: this.clientId, servicePrincipalId: this.servicePrincipal.objectId });
  }
}
