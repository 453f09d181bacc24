// The tenant program (issue 4 part 2): the Entra ID baseline of the Exchange Online option and
// the Exchange Online configuration, built from the organization file. The Entra objects are
// one pure function of the file (model/entra/baseline.ts); the program declares exactly those
// objects, each as one @pulumi/azuread resource, in the components that group them.
// A function, so tests run it under pulumi.runtime.setMocks with no engine and no
// credentials; index.ts runs it for `pulumi up`.
import type * as pulumi from "@pulumi/pulumi";
import { AllowedCountriesLocation } from "../../constructs/tenant/allowed-countries-location";
import { AutomationIdentity } from "../../constructs/tenant/automation-identity";
import { ConditionalAccessBaseline } from "../../constructs/tenant/conditional-access-baseline";
import { EntraResources } from "../../constructs/tenant/entra-resources";
import { ExchangeOnlineConfiguration } from "../../constructs/tenant/exchange-online-configuration";
import { PolicyScopeGroups } from "../../constructs/tenant/policy-scope-groups";
import { COMPONENT_NAMES, entraBaseline } from "../../model/entra/baseline";
import { buildExchangeOnlineDocument } from "../../model/exchange-online/document";
import type { OrganizationFile } from "../../model/schema";

export interface TenantProgram {
  groups: PolicyScopeGroups;
  allowedCountries: AllowedCountriesLocation;
  conditionalAccess: ConditionalAccessBaseline;
  automation: AutomationIdentity;
  /** Every Entra resource, by the name of the object it declares. */
  entra: EntraResources;
  /** Stack outputs (index.ts exports them). */
  outputs: {
    automationClientId: pulumi.Output<string>;
    conditionalAccessPolicyIds: pulumi.Output<string>[];
    allowedCountriesLocationId: pulumi.Output<string>;
  };
}

/** `allowDestructive`: let the Exchange Online configuration remove or shorten retention, holds or auditing. */
export function tenantProgram(org: OrganizationFile, options: { allowDestructive?: boolean } = {}): TenantProgram {
  // Every check of the organization file happens before the first resource, so a refused file
  // leaves no registration in flight (the Exchange Online document is built again below).
  const baseline = entraBaseline(org);
  buildExchangeOnlineDocument(org);
  const entra = new EntraResources();
  const groups = new PolicyScopeGroups(COMPONENT_NAMES.policyScopeGroups, baseline.policyScopeGroups, entra);
  const allowedCountries = new AllowedCountriesLocation(COMPONENT_NAMES.allowedCountries, baseline.allowedCountries, entra);
  const conditionalAccess = new ConditionalAccessBaseline(COMPONENT_NAMES.conditionalAccess, baseline.conditionalAccess, entra);
  const automation = new AutomationIdentity(COMPONENT_NAMES.automation, baseline.automation, entra);

  // ---- Exchange Online and Purview configuration (issue 4 part 3) -------------------------
  // Applied by the automation identity above (tokens: see constructs/tenant/exchange-online-provider.ts).
  new ExchangeOnlineConfiguration("exchange-online", { organization: org, allowDestructive: options.allowDestructive }, { dependsOn: [automation] });
  // ------------------------------------------------------------------------------------------

  return {
    groups,
    allowedCountries,
    conditionalAccess,
    automation,
    entra,
    outputs: {
      automationClientId: automation.clientId,
      conditionalAccessPolicyIds: conditionalAccess.policies.map((policy) => policy.objectId),
      allowedCountriesLocationId: allowedCountries.locationId,
    },
  };
}
