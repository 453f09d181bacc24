// The countries sign-ins may come from, as a Conditional Access named location (IAM-03). The
// location itself is data (model/entra/baseline.ts); this component declares it.
import type * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";
import type { NamedLocationObject } from "../../model/entra/objects";
import type { EntraResources } from "./entra-resources";

export class AllowedCountriesLocation extends pulumi.ComponentResource {
  readonly location: azuread.NamedLocation;
  /** Graph id of the named location, as Conditional Access conditions reference it. */
  readonly locationId: pulumi.Output<string>;

  constructor(name: string, location: NamedLocationObject, entra: EntraResources, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:AllowedCountriesLocation", name, {}, opts);
    this.location = entra.declare(location, this);
    this.locationId = this.location.objectId;
    this.registerOutputs({ locationId: this.locationId });
  }
}
