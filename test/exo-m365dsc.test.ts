// The Microsoft365DSC export parses as a DSC configuration (strict parser in
// helpers/dsc-parser.ts, and tree-sitter-powershell) for one pinned Microsoft365DSC release,
// and uses only resources, parameters, values and CIM classes that release's .schema.mof files
// define (model/cmdlet-reference/m365dsc-resources.json, generated from them).
import { describe, expect, it } from "vitest";
import { renderM365Dsc } from "../adapters/m365/m365dsc";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { entraBaseline } from "../model/entra/baseline";
import { entraTenantPolicies } from "../model/entra/tenant-policies";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";
import { DscSyntaxError, parseDscConfiguration, type DscValue } from "./helpers/dsc-parser";
import { M365DSC_RELEASE, m365dscReference, type DscProperty } from "../model/cmdlet-reference/reference";
import { parsePowerShell } from "./helpers/powershell-syntax";

/** PowerShell DSC's own property of every resource block. */
const DSC_COMMON = ["DependsOn"];

/** The mof type a rendered value must have: Boolean a boolean, integers a number, String a string, [] a list. */
function fitsMofType(property: DscProperty, value: DscValue): boolean {
  if (property.array) return Array.isArray(value) && value.every((item) => fitsMofType({ ...property, array: undefined }, item));
  if (property.embeddedInstance) return typeof value === "object" && value !== null && "cim" in value && value.cim === property.embeddedInstance;
  if (typeof value === "object" && value !== null && "variable" in value) return true;
  switch (property.type.toLowerCase()) {
    case "boolean":
      return typeof value === "boolean";
    case "uint16":
    case "uint32":
    case "sint32":
      return typeof value === "number";
    default:
      return typeof value === "string";
  }
}

function documentFor(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  return buildExchangeOnlineDocument(validateOrganization(data));
}

function cimInstances(value: DscValue): { cim: string; properties: Record<string, DscValue> }[] {
  if (Array.isArray(value)) return value.flatMap(cimInstances);
  if (value !== null && typeof value === "object" && "cim" in value) return [value, ...Object.values(value.properties).flatMap(cimInstances)];
  return [];
}

/** The Entra objects the export carries beside the Exchange Online settings. */
function entraFor(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  const org = validateOrganization(data);
  return { baseline: entraBaseline(org), policies: entraTenantPolicies(org) };
}

describe("Microsoft365DSC export", () => {
  // Customer Key and E5: every resource type the export can write (Defender for Office 365, PIM, risk policies).
  const full = (data: Record<string, any>) => {
    data.online.customerKey = { enabled: true };
    data.online.licences.staff = "M365_E5";
  };
  const customerKey = documentFor(full);
  const parsed = parseDscConfiguration(renderM365Dsc(customerKey, entraFor(full)));

  it("parses as a DSC configuration that imports Microsoft365DSC and takes certificate credentials", () => {
    expect(parsed.name).toBe("ExchangeOnlineBaseline");
    // Pinned: 1.24.x creates DLP rules without their conditions (source: m365dsc-release-1-25-226-1).
    expect(parsed.modules).toEqual([{ name: "Microsoft365DSC", version: M365DSC_RELEASE }]);
    expect(m365dscReference().source.release).toBe(M365DSC_RELEASE);
    expect(parsed.node).toBe("localhost");
    expect(parsed.parameters.map((parameter) => [parameter.name, parameter.type, parameter.mandatory])).toEqual([
      ["ApplicationId", "System.String", true],
      ["TenantId", "System.String", true],
      ["CertificateThumbprint", "System.String", true],
    ]);
  });

  it("uses only resources, parameters, values and CIM classes of the pinned release's schemas, with every key given", () => {
    const reference = m365dscReference();
    const problems: string[] = [];
    const checkInstance = (instance: { cim: string; properties: Record<string, DscValue> }) => {
      const schema = reference.cimClasses[instance.cim];
      if (!schema) return problems.push(`${instance.cim} is not a CIM class of the release`);
      for (const [name, value] of Object.entries(instance.properties)) {
        const property = schema[name];
        if (!property) problems.push(`${instance.cim}.${name} is not a property`);
        else if (!fitsMofType(property, value)) problems.push(`${instance.cim}.${name} is not ${property.type}`);
      }
    };
    for (const resource of parsed.resources) {
      const schema = reference.resources[resource.type];
      if (!schema) {
        problems.push(`${resource.type} is not a resource of Microsoft365DSC ${M365DSC_RELEASE}`);
        continue;
      }
      for (const [name, value] of Object.entries(resource.properties)) {
        if (DSC_COMMON.includes(name)) continue;
        const property = schema.properties[name];
        if (!property) {
          problems.push(`${resource.type}.${name} is not a parameter`);
          continue;
        }
        if (!fitsMofType(property, value)) problems.push(`${resource.type}.${name} = ${JSON.stringify(value)} is not ${property.type}${property.array ? "[]" : ""}`);
        if (property.values && !(Array.isArray(value) ? value : [value]).every((item) => property.values!.includes(String(item)))) {
          problems.push(`${resource.type}.${name} = ${JSON.stringify(value)} is not one of ${property.values.join(", ")}`);
        }
      }
      for (const [name, property] of Object.entries(schema.properties)) {
        if ((property.qualifier === "Key" || property.qualifier === "Required") && !(name in resource.properties)) problems.push(`${resource.type} lacks its ${property.qualifier} ${name}`);
      }
      for (const instance of Object.values(resource.properties).flatMap(cimInstances)) checkInstance(instance);
    }
    expect(problems).toEqual([]);
    expect(new Set(parsed.resources.map((resource) => resource.type)).size).toBe(35);
  });

  it("is a PowerShell script tree-sitter-powershell parses without an error", async () => {
    expect((await parsePowerShell(renderM365Dsc(customerKey, entraFor(full)))).errors).toEqual([]);
  });

  it("declares the Entra ID baseline: Conditional Access with the break-glass exclusions and administrator roles by name, weak methods off, consent and PIM", () => {
    const of = (type: string) => parsed.resources.filter((resource) => resource.type === type);
    const admins = of("AADConditionalAccessPolicy").find((resource) => resource.name.startsWith("CA03"))!;
    expect(admins.properties.IncludeRoles).toEqual(expect.arrayContaining(["Global Administrator", "Exchange Administrator", "Hybrid Identity Administrator", "Cloud Application Administrator"]));
    expect(admins.properties.AuthenticationStrength).toBe("Phishing-resistant MFA");
    expect(admins.properties.ExcludeUsers).toEqual(exampleData().identity.breakGlassAccountIds);
    expect(of("AADConditionalAccessPolicy").find((resource) => resource.name.startsWith("CA05"))!.properties.TransferMethods).toBe("deviceCodeFlow");
    expect(of("AADConditionalAccessPolicy")).toHaveLength(9);
    for (const type of ["AADAuthenticationMethodPolicySms", "AADAuthenticationMethodPolicyVoice", "AADAuthenticationMethodPolicyEmail"]) expect(of(type)[0]!.properties.State, type).toBe("disabled");
    expect(of("AADAuthorizationPolicy")[0]!.properties).toMatchObject({ DefaultUserRoleAllowedToCreateApps: false, AllowInvitesFrom: "AdminsAndGuestInviters" });
    expect(of("AADAuthorizationPolicy")[0]!.properties.PermissionGrantPolicyIdsAssignedToDefaultUserRole).toEqual([]);
    expect(of("AADAdminConsentRequestPolicy")[0]!.properties.IsEnabled).toBe(true);
    expect(of("AADRoleSetting").find((resource) => resource.name === "Global Administrator")!.properties).toMatchObject({ ApprovaltoActivate: true, PermanentActiveAssignmentisExpirationRequired: true });
    // Microsoft 365 E3: no PIM and no risk policies.
    const e3 = parseDscConfiguration(renderM365Dsc(documentFor(), entraFor()));
    expect(e3.resources.filter((resource) => resource.type === "AADRoleSetting")).toEqual([]);
    expect(e3.resources.filter((resource) => resource.type === "AADConditionalAccessPolicy")).toHaveLength(7);
  });

  it("declares the DLP rule with the Sweden national ID by name and id, after its policy", () => {
    const rule = parsed.resources.find((resource) => resource.type === "SCDLPComplianceRule" && resource.name.includes("Sweden"))!;
    expect(rule.properties).toMatchObject({ AccessScope: "NotInOrganization", BlockAccess: true, DependsOn: "[SCDLPCompliancePolicy]DLP Personal data in e-mail" });
    expect(cimInstances(rule.properties.ContentContainsSensitiveInformation!)).toContainEqual({
      cim: "MSFT_SCDLPSensitiveInformation",
      properties: { name: "Sweden national ID", id: "f69aaf40-79be-4fac-8f05-fd1910d272c8", mincount: "1", minconfidence: "75" },
    });
    const policy = parsed.resources.find((resource) => resource.type === "SCDLPCompliancePolicy")!;
    expect(policy.properties).toMatchObject({ Name: "DLP Personal data in e-mail", Mode: "Enable", ExchangeLocation: ["All"] });
    expect(parsed.resources.indexOf(policy)).toBeLessThan(parsed.resources.indexOf(rule));
  });

  it("maps audit retention days to M365DSC's enum and keeps both Customer Key URIs", () => {
    const audit = parsed.resources.find((resource) => resource.type === "SCUnifiedAuditLogRetentionPolicy")!;
    // A duration the cmdlet accepts, though M365DSC's schema lists more.
    expect(audit.properties.RetentionDuration).toBe("TenYears");
    const dep = parsed.resources.find((resource) => resource.type === "EXODataEncryptionPolicy")!;
    expect(dep.properties.AzureKeyIDs).toHaveLength(2);
    expect(parsed.resources.find((resource) => resource.type === "O365AdminAuditLogConfig")!.properties.UnifiedAuditLogIngestionEnabled).toBe("Enabled");
  });

  it("quotes names with apostrophes so they survive the round trip", () => {
    const text = renderM365Dsc(documentFor((data) => (data.governance.recordsAccessRoles = ["Kommunens arkivarie's ersättare"])));
    const group = parseDscConfiguration(text).resources.find((resource) => resource.type === "SCRoleGroup")!;
    expect(group.properties.Name).toBe("Records access Kommunens arkivarie's ersättare");
  });

  it("is byte-identical for the same organization file, UTF-8 with a byte order mark for Windows PowerShell 5.1", () => {
    expect(renderM365Dsc(documentFor())).toBe(renderM365Dsc(documentFor()));
    expect(renderM365Dsc(documentFor()).startsWith("\uFEFF# Microsoft365DSC configuration of Exempelkommun")).toBe(true);
  });

  it("the parser rejects what DSC would reject", () => {
    const valid = renderM365Dsc(documentFor());
    expect(() => parseDscConfiguration(valid.replace("AuditDisabled = $false", "AuditDisabled = false"))).toThrow(DscSyntaxError);
    expect(() => parseDscConfiguration(valid.replace("Node localhost\n    {", "Node localhost\n"))).toThrow(DscSyntaxError);
    expect(() => parseDscConfiguration(valid.replace("'Yes'", "'Yes"))).toThrow(/unterminated string|past the end/);
    expect(() => parseDscConfiguration(`${valid}Start-DscConfiguration\n`)).toThrow(/the end of the file/);
  });
});
