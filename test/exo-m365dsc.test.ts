// The Microsoft365DSC export parses as a DSC configuration (strict parser in
// helpers/dsc-parser.ts; PowerShell is not installable here) and uses only resource,
// parameter and CIM class names that Microsoft365DSC defines.
import { describe, expect, it } from "vitest";
import { renderM365Dsc } from "../adapters/m365/m365dsc";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";
import { DscSyntaxError, parseDscConfiguration, type DscValue } from "./helpers/dsc-parser";

// Shared by every resource in current Microsoft365DSC versions (exo-tenant.md §1), plus DependsOn,
// which PowerShell DSC itself defines for every resource block.
const COMMON = ["ApplicationId", "TenantId", "CertificateThumbprint", "DependsOn"];

/**
 * The names this export relies on, read in each resource's .schema.mof
 * (Modules/Microsoft365DSC/DSCResources/MSFT_<name>/MSFT_<name>.schema.mof in microsoft/Microsoft365DSC,
 * at the commit given) or, where the stored mof was older, in the module's current .psm1 /
 * the Microsoft365DSC 1.26.715.1 package on the PowerShell Gallery. `values` are ValueMaps.
 */
const M365DSC: Record<string, { source: string; parameters: string[]; values?: Record<string, string[]> }> = {
  EXOOrganizationConfig: { source: "mof @124288ca", parameters: ["IsSingleInstance", "AuditDisabled", "CustomerLockboxEnabled"], values: { IsSingleInstance: ["Yes"] } },
  O365AdminAuditLogConfig: {
    source: "mof @0b26a651",
    parameters: ["IsSingleInstance", "Ensure", "UnifiedAuditLogIngestionEnabled"],
    values: { UnifiedAuditLogIngestionEnabled: ["Enabled", "Disabled"], Ensure: ["Present"] },
  },
  EXOTransportConfig: { source: "mof @2b7f7e19", parameters: ["IsSingleInstance", "AllowLegacyTLSClients", "SmtpClientAuthenticationDisabled"] },
  EXOExternalInOutlook: { source: "mof @17c48c7c", parameters: ["Identity", "Enabled", "AllowList", "Ensure"] },
  EXORemoteDomain: { source: "mof @706b4279 (auth parameters: exo-tenant.md §1)", parameters: ["Identity", "DomainName", "AutoForwardEnabled", "Ensure"] },
  EXOHostedOutboundSpamFilterPolicy: {
    source: "MSFT_EXOHostedOutboundSpamFilterPolicy.psm1 (Confirm-M365DSCModuleDependency era)",
    parameters: ["Identity", "AutoForwardingMode", "Ensure"],
  },
  EXOSharingPolicy: { source: "mof in Microsoft365DSC 1.26.715.1", parameters: ["Name", "Default", "Enabled", "Domains", "Ensure"] },
  EXODkimSigningConfig: { source: "mof @0223c3a5", parameters: ["Identity", "KeySize", "Enabled", "Ensure"], values: { KeySize: ["1024", "2048"] } },
  EXODataEncryptionPolicy: { source: "mof @3fc55962", parameters: ["Identity", "Name", "Description", "AzureKeyIDs", "Enabled", "Ensure"] },
  SCDLPCompliancePolicy: {
    source: "mof @2612e342",
    parameters: ["Name", "Comment", "Mode", "ExchangeLocation", "Priority", "Ensure"],
    values: { Mode: ["Enable", "TestWithNotifications", "TestWithoutNotifications", "Disable", "PendingDeletion"] },
  },
  SCDLPComplianceRule: {
    source: "mof @d1d6c0e1",
    parameters: [
      "Name",
      "Policy",
      "Comment",
      "ContentContainsSensitiveInformation",
      "AccessScope",
      "BlockAccess",
      "BlockAccessScope",
      "NotifyUser",
      "NotifyPolicyTipCustomText",
      "ReportSeverityLevel",
      "Ensure",
    ],
    values: { AccessScope: ["InOrganization", "NotInOrganization", "None"], BlockAccessScope: ["All", "PerUser", "None"], ReportSeverityLevel: ["Low", "Medium", "High", "None"] },
  },
  SCRetentionCompliancePolicy: { source: "mof @9b3a4d09", parameters: ["Name", "Comment", "Enabled", "ExchangeLocation", "Ensure"] },
  SCRetentionComplianceRule: {
    source: "mof @1e6719fa",
    parameters: ["Name", "Policy", "Comment", "RetentionComplianceAction", "RetentionDuration", "ExpirationDateOption", "ContentMatchQuery", "Ensure"],
    values: { RetentionComplianceAction: ["Delete", "Keep", "KeepAndDelete"], ExpirationDateOption: ["CreationAgeInDays", "ModificationAgeInDays"] },
  },
  SCUnifiedAuditLogRetentionPolicy: {
    source: "mof @12af3353",
    parameters: ["Name", "Description", "Priority", "RetentionDuration", "Ensure"],
    values: {
      RetentionDuration: ["SevenDays", "OneMonth", "ThreeMonths", "SixMonths", "NineMonths", "TwelveMonths", "ThreeYears", "FiveYears", "SevenYears", "TenYears"],
    },
  },
  SCRoleGroup: { source: "mof @29277bd0", parameters: ["Name", "Description", "Roles", "Ensure"] },
};

/** Embedded CIM classes of SCDLPComplianceRule (mof @d1d6c0e1). */
const CIM_CLASSES: Record<string, string[]> = {
  MSFT_SCDLPContainsSensitiveInformation: ["SensitiveInformation", "Groups", "Operator"],
  MSFT_SCDLPSensitiveInformation: ["name", "id", "maxconfidence", "minconfidence", "classifiertype", "mincount", "maxcount"],
};

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

describe("Microsoft365DSC export", () => {
  const customerKey = documentFor((data) => {
    data.online.customerKey = { enabled: true };
  });
  const parsed = parseDscConfiguration(renderM365Dsc(customerKey));

  it("parses as a DSC configuration that imports Microsoft365DSC and takes certificate credentials", () => {
    expect(parsed.name).toBe("ExchangeOnlineBaseline");
    expect(parsed.modules).toEqual(["Microsoft365DSC"]);
    expect(parsed.node).toBe("localhost");
    expect(parsed.parameters.map((parameter) => [parameter.name, parameter.type, parameter.mandatory])).toEqual([
      ["ApplicationId", "System.String", true],
      ["TenantId", "System.String", true],
      ["CertificateThumbprint", "System.String", true],
    ]);
  });

  it("uses only resource, parameter, value and CIM class names that Microsoft365DSC defines", () => {
    expect(new Set(parsed.resources.map((resource) => resource.type))).toEqual(new Set(Object.keys(M365DSC)));
    for (const resource of parsed.resources) {
      const known = M365DSC[resource.type]!;
      for (const [name, value] of Object.entries(resource.properties)) {
        expect([...known.parameters, ...COMMON], `${resource.type}.${name}`).toContain(name);
        const allowed = known.values?.[name];
        if (allowed) expect(allowed, `${resource.type}.${name}`).toContain(String(value));
      }
      for (const instance of Object.values(resource.properties).flatMap(cimInstances)) {
        expect(Object.keys(CIM_CLASSES)).toContain(instance.cim);
        for (const name of Object.keys(instance.properties)) expect(CIM_CLASSES[instance.cim], `${instance.cim}.${name}`).toContain(name);
      }
    }
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
    expect(audit.properties.RetentionDuration).toBe("ThreeYears");
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
