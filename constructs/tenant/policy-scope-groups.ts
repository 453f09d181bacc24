// Security groups that scope the tenant's policies: privileged administrators (held to
// phishing-resistant MFA besides their roles), temporary exceptions to the country block, and
// one group per role granted search, export and hold across mailboxes (RET-03), which the
// Exchange Online configuration puts into the eDiscovery role groups.
import * as azuread from "@pulumi/azuread";
import * as pulumi from "@pulumi/pulumi";

export interface PolicyScopeGroupsArgs {
  /** Names of the records access roles, e.g. ["Registrator", "Arkivarie"] (governance.recordsAccessRoles). */
  readonly recordsAccessRoles: string[];
  /** Countries of the sign-in restriction, named in the exception group's description. */
  readonly allowedCountries: string[];
}

function mailNickname(displayName: string): string {
  return displayName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

export class PolicyScopeGroups extends pulumi.ComponentResource {
  readonly administrators: azuread.Group;
  readonly signInCountryExceptions: azuread.Group;
  readonly recordsAccess: Record<string, azuread.Group>;

  constructor(name: string, args: PolicyScopeGroupsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("exchange-iac:tenant:PolicyScopeGroups", name, {}, opts);
    const duplicate = args.recordsAccessRoles.find((role, index) => args.recordsAccessRoles.indexOf(role) !== index);
    if (duplicate !== undefined) {
      throw new Error(`PolicyScopeGroups ${name}: recordsAccessRoles received ${JSON.stringify(duplicate)} twice; expected each role once`);
    }
    const group = (id: string, displayName: string, description: string, assignableToRole = false) =>
      new azuread.Group(
        `${name}-${id}`,
        {
          displayName,
          description,
          mailNickname: mailNickname(displayName),
          securityEnabled: true,
          mailEnabled: false,
          // Role-assignable groups can only be changed by Privileged Role Administrators, so
          // membership of a group that tightens sign-in cannot be edited by group owners.
          assignableToRole,
          preventDuplicateNames: true,
        },
        { parent: this },
      );

    this.administrators = group(
      "administrators",
      "Privileged administrators",
      "Members sign in with phishing-resistant MFA (Conditional Access, IAM-02), in addition to holders of privileged roles.",
      true,
    );
    this.signInCountryExceptions = group(
      "sign-in-country-exceptions",
      "Sign-in country exceptions",
      `Temporary members may sign in from outside ${args.allowedCountries.join(", ")} (IAM-03); remove them when they are back.`,
      true,
    );
    this.recordsAccess = Object.fromEntries(
      args.recordsAccessRoles.map((role) => [
        role,
        group(`records-access-${mailNickname(role)}`, `Records access: ${role}`, `Search, export and hold across all mailboxes for the role ${role} (RET-03).`),
      ]),
    );
    this.registerOutputs({
      administratorsId: this.administrators.objectId,
      signInCountryExceptionsId: this.signInCountryExceptions.objectId,
    });
  }
}
