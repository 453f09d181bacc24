// The Conditional Access baseline: CA01..CA04 (IAM-01..IAM-04), each excluding the break-glass
// accounts. The policies themselves are data (model/entra/baseline.ts); this component
// declares them.
import type * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";
import type { ConditionalAccessPolicyObject } from "../../model/entra/objects";
import type { EntraResources } from "./entra-resources";

export class ConditionalAccessBaseline extends pulumi.ComponentResource {
  /** CA01..CA04, in that order. */
  readonly policies: azuread.ConditionalAccessPolicy[];

  constructor(name: string, policies: ConditionalAccessPolicyObject[], entra: EntraResources, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:ConditionalAccessBaseline", name, {}, opts);
    this.policies = policies.map((policy) => entra.declare(policy, this));
    this.registerOutputs({
      policyIds: pulumi.all(this.policies.map((p) => p.objectId)),
    });
  }
}
