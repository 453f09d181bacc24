// The identity CI uses to apply the Exchange Online configuration: an application and service
// principal that sign in with a federated credential (OIDC from CI), never a client secret
// (IAM-05, AZ-07), with the Exchange.ManageAsApp app role and Entra roles. The objects
// themselves are data (model/entra/baseline.ts); this component declares them.
import type * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";
import type { EntraBaseline } from "../../model/entra/objects";
import type { EntraResources } from "./entra-resources";

export class AutomationIdentity extends pulumi.ComponentResource {
  readonly application: azuread.Application;
  readonly servicePrincipal: azuread.ServicePrincipal;
  readonly federatedCredential: azuread.ApplicationFederatedIdentityCredential;
  readonly clientId: pulumi.Output<string>;

  constructor(name: string, automation: EntraBaseline["automation"], entra: EntraResources, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:AutomationIdentity", name, {}, opts);
    this.application = entra.declare(automation.application, this);
    this.servicePrincipal = entra.declare(automation.servicePrincipal, this);
    this.federatedCredential = entra.declare(automation.federatedCredential, this);
    entra.declare(automation.exchangeOnline, this);
    entra.declare(automation.manageAsApp, this);
    for (const role of automation.directoryRoles) entra.declare(role, this);
    this.clientId = this.application.clientId;
    this.registerOutputs({ clientId: this.clientId, servicePrincipalId: this.servicePrincipal.objectId });
  }
}
