// Security groups that scope the tenant's policies: privileged administrators (held to
// phishing-resistant MFA besides their roles), temporary exceptions to the country block, and
// one group per role granted search, export and hold across mailboxes (RET-03), which the
// Exchange Online configuration puts into the eDiscovery role groups. The groups themselves
// are data (model/entra/baseline.ts); this component declares them.
import type * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";
import type { EntraBaseline } from "../../model/entra/objects";
import type { EntraResources } from "./entra-resources";

export class PolicyScopeGroups extends pulumi.ComponentResource {
  readonly administrators: azuread.Group;
  readonly signInCountryExceptions: azuread.Group;
  readonly recordsAccess: azuread.Group[];

  constructor(name: string, groups: EntraBaseline["policyScopeGroups"], entra: EntraResources, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:PolicyScopeGroups", name, {}, opts);
    this.administrators = entra.declare(groups.administrators, this);
    this.signInCountryExceptions = entra.declare(groups.signInCountryExceptions, this);
    this.recordsAccess = groups.recordsAccess.map((group) => entra.declare(group, this));
    this.registerOutputs({
      administratorsId: this.administrators.objectId,
      signInCountryExceptionsId: this.signInCountryExceptions.objectId,
    });
  }
}
