// The Conditional Access baseline (source: cisa-scubagear-aad): block legacy authentication
// (MS.AAD.1.1, IAM-01), MFA for all users (MS.AAD.3.2) and phishing-resistant MFA for
// administrators (MS.AAD.3.6, IAM-02), sign-ins only from allowed countries (IAM-03).
// Break-glass accounts are excluded from every policy (MS.AAD.7.1 guidance, IAM-04), so a
// mistake in a policy can never lock every administrator out.
import * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";

/** Built-in authentication strength "Phishing-resistant MFA" (Graph, same id in every tenant). */
export const PHISHING_RESISTANT_STRENGTH_ID = "00000000-0000-0000-0000-000000000004";
/** Client app types that cannot do modern authentication: Exchange ActiveSync and other (IMAP, POP, SMTP AUTH, ...). */
export const LEGACY_CLIENT_APP_TYPES = ["exchangeActiveSync", "other"];

export type ConditionalAccessState = "enabled" | "enabledForReportingButNotEnforced";

export interface ConditionalAccessBaselineArgs {
  /** Object ids of the emergency access accounts; excluded from every policy. At least one. */
  readonly breakGlassUserIds: string[];
  /** Entra role template ids held to phishing-resistant MFA. */
  readonly administratorRoleIds: string[];
  /** Groups of administrators also held to phishing-resistant MFA. @default [] */
  readonly administratorGroupIds?: pulumi.Input<string>[];
  /** Named location of the allowed countries. */
  readonly allowedLocationId: pulumi.Input<string>;
  /** Groups allowed to sign in from other countries for a while. @default [] */
  readonly countryExceptionGroupIds?: pulumi.Input<string>[];
  /** @default "enabled" */
  readonly state?: ConditionalAccessState;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ConditionalAccessBaseline extends pulumi.ComponentResource {
  readonly blockLegacyAuthentication: azuread.ConditionalAccessPolicy;
  readonly requireMfaForAllUsers: azuread.ConditionalAccessPolicy;
  readonly requirePhishingResistantMfaForAdministrators: azuread.ConditionalAccessPolicy;
  readonly blockSignInsFromOtherCountries: azuread.ConditionalAccessPolicy;

  constructor(name: string, args: ConditionalAccessBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:ConditionalAccessBaseline", name, {}, opts);
    const badId = [...args.breakGlassUserIds, ...args.administratorRoleIds].find((id) => !UUID.test(id));
    if (args.breakGlassUserIds.length === 0 || badId !== undefined) {
      throw new Error(
        `ConditionalAccessBaseline ${name}: breakGlassUserIds received ${JSON.stringify(args.breakGlassUserIds)}, administratorRoleIds ${JSON.stringify(args.administratorRoleIds)}; expected at least one break-glass object id and GUIDs only`,
      );
    }
    if (args.administratorRoleIds.length === 0) {
      throw new Error(`ConditionalAccessBaseline ${name}: administratorRoleIds received an empty list; expected the role template ids of administrators`);
    }
    const state = args.state ?? "enabled";
    const allApplications = { includedApplications: ["All"] };
    const everyoneButBreakGlass = { includedUsers: ["All"], excludedUsers: args.breakGlassUserIds };
    const policy = (id: string, displayName: string, conditions: azuread.types.input.ConditionalAccessPolicyConditions, grantControls: azuread.types.input.ConditionalAccessPolicyGrantControls) =>
      new azuread.ConditionalAccessPolicy(`${name}-${id}`, { displayName, state, conditions, grantControls }, { parent: this });

    this.blockLegacyAuthentication = policy(
      "block-legacy-authentication",
      "CA01 Block legacy authentication",
      { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: LEGACY_CLIENT_APP_TYPES },
      { operator: "OR", builtInControls: ["block"] },
    );
    this.requireMfaForAllUsers = policy(
      "require-mfa",
      "CA02 Require MFA for all users",
      { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"] },
      { operator: "OR", builtInControls: ["mfa"] },
    );
    this.requirePhishingResistantMfaForAdministrators = policy(
      "require-phishing-resistant-mfa-for-administrators",
      "CA03 Require phishing-resistant MFA for administrators",
      {
        users: {
          includedRoles: args.administratorRoleIds,
          includedGroups: args.administratorGroupIds ?? [],
          excludedUsers: args.breakGlassUserIds,
        },
        applications: allApplications,
        clientAppTypes: ["all"],
      },
      // A hard-coded strength id needs the Graph path prefix (azuread ConditionalAccessPolicyGrantControls).
      { operator: "OR", authenticationStrengthPolicyId: `/policies/authenticationStrengthPolicies/${PHISHING_RESISTANT_STRENGTH_ID}` },
    );
    this.blockSignInsFromOtherCountries = policy(
      "block-other-countries",
      "CA04 Block sign-ins from outside the allowed countries",
      {
        users: { ...everyoneButBreakGlass, excludedGroups: args.countryExceptionGroupIds ?? [] },
        applications: allApplications,
        clientAppTypes: ["all"],
        locations: { includedLocations: ["All"], excludedLocations: [args.allowedLocationId] },
      },
      { operator: "OR", builtInControls: ["block"] },
    );
    this.registerOutputs({
      policyIds: pulumi.all(this.policies().map((p) => p.objectId)),
    });
  }

  /** The four policies, in the order above. */
  policies(): azuread.ConditionalAccessPolicy[] {
    return [
      this.blockLegacyAuthentication,
      this.requireMfaForAllUsers,
      this.requirePhishingResistantMfaForAdministrators,
      this.blockSignInsFromOtherCountries,
    ];
  }
}
