// The tenant program (issue 4 part 2): the Entra ID baseline of the Exchange Online option,
// built from the organization file. A function, so tests run it under
// pulumi.runtime.setMocks with no engine and no credentials; index.ts runs it for `pulumi up`.
import type * as pulumi from "@pulumi/pulumi";
import { AllowedCountriesLocation } from "../../constructs/tenant/allowed-countries-location";
import { AutomationIdentity } from "../../constructs/tenant/automation-identity";
import { ConditionalAccessBaseline } from "../../constructs/tenant/conditional-access-baseline";
import { ExchangeOnlineConfiguration } from "../../constructs/tenant/exchange-online-configuration";
import { PolicyScopeGroups } from "../../constructs/tenant/policy-scope-groups";
import { InputError, describeValue } from "../../model/input-error";
import type { OrganizationFile } from "../../model/schema";

export interface TenantProgram {
  groups: PolicyScopeGroups;
  allowedCountries: AllowedCountriesLocation;
  conditionalAccess: ConditionalAccessBaseline;
  automation: AutomationIdentity;
  /** Stack outputs (index.ts exports them). */
  outputs: {
    automationClientId: pulumi.Output<string>;
    conditionalAccessPolicyIds: pulumi.Output<string>[];
    allowedCountriesLocationId: pulumi.Output<string>;
  };
}

export function tenantProgram(org: OrganizationFile): TenantProgram {
  const identity = org.identity;
  if (identity.breakGlassAccountIds.length === 0) {
    throw new InputError(
      "identity.breakGlassAccountIds",
      describeValue(identity.breakGlassAccountIds).replace("a list of 0", "an empty list"),
      "the object ids of the emergency access accounts (at least one, Microsoft recommends two), so Conditional Access cannot lock every administrator out",
    );
  }
  const federatedCredential = identity.automation.federatedCredential;
  if (!federatedCredential) {
    throw new InputError(
      "identity.automation.federatedCredential",
      describeValue(undefined),
      "the issuer and subject of your CI's OIDC token (e.g. subject repo:org/repo:environment:production): the automation identity has no client secret",
    );
  }
  const countries = identity.allowedSignInCountries ?? [org.organization.country.toUpperCase()];

  const groups = new PolicyScopeGroups("scope", { recordsAccessRoles: org.governance.recordsAccessRoles, allowedCountries: countries });
  const allowedCountries = new AllowedCountriesLocation("allowed-countries", { countries });
  const conditionalAccess = new ConditionalAccessBaseline("baseline", {
    breakGlassUserIds: identity.breakGlassAccountIds,
    administratorRoleIds: identity.administratorRoleIds,
    administratorGroupIds: [groups.administrators.objectId],
    allowedLocationId: allowedCountries.locationId,
    countryExceptionGroupIds: [groups.signInCountryExceptions.objectId],
    state: identity.conditionalAccessState,
  });
  const automation = new AutomationIdentity("automation", {
    displayName: identity.automation.displayName,
    federatedCredential,
    directoryRoleIds: identity.automation.directoryRoleIds,
  });

  // ---- Exchange Online and Purview configuration (issue 4 part 3) -------------------------
  // Applied by the automation identity above (tokens: see constructs/tenant/exchange-online-provider.ts).
  new ExchangeOnlineConfiguration("exchange-online", { organization: org }, { dependsOn: [automation] });
  // ------------------------------------------------------------------------------------------

  return {
    groups,
    allowedCountries,
    conditionalAccess,
    automation,
    outputs: {
      automationClientId: automation.clientId,
      conditionalAccessPolicyIds: conditionalAccess.policies().map((policy) => policy.objectId),
      allowedCountriesLocationId: allowedCountries.locationId,
    },
  };
}
