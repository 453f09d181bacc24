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

/**
 * `allowDestructive`: let the Exchange Online configuration remove or shorten retention, holds or auditing.
 * `entraOnly`: declare the Entra objects only, without the Exchange Online configuration. The
 * tenant document the IAM rules read (inventory/tenant.ts) needs nothing else, and Pulumi
 * serializes the configuration's dynamic provider with the TypeScript parser even under mocks:
 * about 0.7 s of a 1.7 s `compare` (issue 8 benchmark, `node --cpu-prof`).
 */
export function tenantProgram(org: OrganizationFile, options: { allowDestructive?: boolean; entraOnly?: boolean } = {}): TenantProgram {
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
  // Found by the property tests: the schema takes any URL and any text, while AutomationIdentity
  // accepts only an https issuer and a non-empty subject and threw a plain Error (a stack trace,
  // half-way through the program). Checked here, before any resource, naming the field.
  if (!/^https:\/\/\S+$/.test(federatedCredential.issuer)) {
    throw new InputError("identity.automation.federatedCredential.issuer", describeValue(federatedCredential.issuer), "an https URL: Entra ID accepts only https OIDC issuers (e.g. https://token.actions.githubusercontent.com)");
  }
  if (federatedCredential.subject.trim() === "") {
    throw new InputError("identity.automation.federatedCredential.subject", describeValue(federatedCredential.subject), "the subject claim of your CI's OIDC token, e.g. repo:org/repo:environment:production");
  }
  const countries = identity.allowedSignInCountries ?? [org.organization.country.toUpperCase()];
  // Found by the property tests: the schema takes any two characters as the country, and
  // AllowedCountriesLocation threw a plain Error for a default that is no country code.
  if (!identity.allowedSignInCountries && !/^[A-Z]{2}$/.test(countries[0]!)) {
    throw new InputError("organization.country", describeValue(org.organization.country), "an ISO 3166-1 alpha-2 code such as SE (the default of identity.allowedSignInCountries), or set identity.allowedSignInCountries");
  }
  // Found by the property tests: a role listed twice made PolicyScopeGroups throw a plain Error.
  // Twice is the same role, so it is one group, as in the Exchange Online role groups.
  const recordsAccessRoles = [...new Set(org.governance.recordsAccessRoles)];

  const groups = new PolicyScopeGroups("scope", { recordsAccessRoles, allowedCountries: countries });
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
  if (!options.entraOnly) new ExchangeOnlineConfiguration("exchange-online", { organization: org, allowDestructive: options.allowDestructive }, { dependsOn: [automation] });
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
