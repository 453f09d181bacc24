// The planner: desired settings against a current state give New- for what is absent,
// Set- for what drifted and nothing for what is equal, in a fixed order.
import { describe, expect, it } from "vitest";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { planCalls } from "../model/exchange-online/plan";
import { parseSnapshot } from "../model/exchange-online/snapshot";
import type { TenantSettings } from "../model/exchange-online/settings";
import { validateOrganization } from "../model/load";
import { InputError } from "../model/input-error";
import { exampleData } from "./helpers/example";

const desired = buildExchangeOnlineDocument(validateOrganization(exampleData())).settings;

describe("cmdlet planner", () => {
  it("plans nothing when the tenant already matches", () => {
    expect(planCalls(desired, structuredClone(desired))).toEqual([]);
  });

  it("creates what is absent with New- on the right endpoint, policies before their rules", () => {
    const calls = planCalls(desired, {});
    const names = calls.map((call) => call.cmdlet);
    expect(names.indexOf("New-DlpCompliancePolicy")).toBeLessThan(names.indexOf("New-DlpComplianceRule"));
    expect(names.indexOf("New-RetentionCompliancePolicy")).toBeLessThan(names.indexOf("New-RetentionComplianceRule"));
    expect(calls.filter((call) => call.endpoint === "compliance").map((call) => call.cmdlet)).toEqual(
      expect.arrayContaining(["New-DlpCompliancePolicy", "New-UnifiedAuditLogRetentionPolicy", "New-RoleGroup"]),
    );
    expect(calls.find((call) => call.cmdlet === "New-DkimSigningConfig")).toEqual({
      cmdlet: "New-DkimSigningConfig",
      // Created enabled: the example records its selector CNAMEs as published.
      parameters: { DomainName: "exempelkommun.se", KeySize: 2048, Enabled: true },
      endpoint: "exchange",
    });
    // Empty values are left out of New- calls rather than sent as empty strings.
    expect(calls.find((call) => call.cmdlet === "New-RetentionComplianceRule")!.parameters).not.toHaveProperty("ContentMatchQuery");
  });

  it("sets only the drifted fields of a drifted item", () => {
    const current: TenantSettings = structuredClone(desired);
    current.transportConfig!.SmtpClientAuthenticationDisabled = false;
    current.retentionComplianceRules![0]!.RetentionDuration = "365";
    expect(planCalls(desired, current)).toEqual([
      { cmdlet: "Set-TransportConfig", parameters: { SmtpClientAuthenticationDisabled: true }, endpoint: "exchange" },
      {
        cmdlet: "Set-RetentionComplianceRule",
        parameters: { Identity: "Gallring KS 2023-118 p. 4 rule", RetentionDuration: "731" },
        endpoint: "compliance",
      },
    ]);
  });

  it("compares lists as sets and names without case, and leaves undeclared items alone", () => {
    const current: TenantSettings = structuredClone(desired);
    current.roleGroups![0]!.Name = current.roleGroups![0]!.Name.toUpperCase();
    current.dlpComplianceRules![1]!.ContentContainsSensitiveInformation.reverse();
    current.dlpCompliancePolicies!.push({ Name: "Someone else's policy", Comment: "", Mode: "Disable", ExchangeLocation: [], SharePointLocation: [], OneDriveLocation: [], TeamsLocation: [] });
    expect(planCalls(desired, current)).toEqual([]);
  });

  it("never tries to change what a Set- cmdlet cannot change", () => {
    const current: TenantSettings = structuredClone(desired);
    current.dlpComplianceRules![0]!.Policy = "Another policy";
    current.roleGroups![0]!.Roles = ["Hold"];
    expect(planCalls(desired, current)).toEqual([]);
  });

  it("reads a snapshot strictly and names the field of a mistake", () => {
    expect(parseSnapshot({ remoteDomains: [{ Identity: "Default", DomainName: "*", AutoForwardEnabled: true }] })).toBeDefined();
    const mistake = () => parseSnapshot({ remoteDomains: [{ Identity: "Default", DomainName: "*", AutoForwardEnabled: "no" }] }, "now.json");
    expect(mistake).toThrow(InputError);
    expect(mistake).toThrow('now.json: remoteDomains.0.AutoForwardEnabled: received "no"; expected a boolean');
    expect(() => parseSnapshot({ remoteDomain: [] })).toThrow("remoteDomain: received an unknown key");
    expect(() => parseSnapshot({ dlpCompliancePolicies: [{ Name: "x", Comment: "", Mode: "Test", ExchangeLocation: [] }] })).toThrow(
      'dlpCompliancePolicies.0.Mode: received "Test"; expected one of "Enable"',
    );
  });
});
