// CISA's SCuBA baselines against the declared tenant: every policy id of the three current
// baselines is mapped to the fields and rules that meet it or to why it does not apply; for the
// example (Microsoft 365 E3) and an E5 organization every applicable SHALL is met in the
// generated documents and exports, and one mutation per SHALL makes `check` fail naming the
// rule; the ScubaGear configuration carries the exclusions and the omitted policies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderM365Dsc } from "../adapters/m365/m365dsc";
import { createM365Adapter } from "../adapters/m365/adapter";
import { stackDocuments } from "../inventory/option-inputs";
import { TENANT_DOCUMENT, tenantDocument } from "../inventory/tenant";
import { buildExchangeOnlineDocument, EXCHANGE_ONLINE_DOCUMENT_JSON } from "../model/exchange-online/document";
import { CREDIT_CARD_NUMBER } from "../model/exchange-online/sensitive-information-types";
import { validateOrganization } from "../model/load";
import { SCUBA_BASELINES, SCUBA_POLICIES } from "../model/scuba/baselines";
import { SCUBA_COVERAGE, scubaPolicies } from "../model/scuba/coverage";
import { scubaGearConfig } from "../model/scuba/scubagear-config";
import { valueAt } from "../policies/document-fields";
import { buildTcmMonitor } from "../model/tcm/monitor";
import { HIGHLY_PRIVILEGED_ROLES } from "../model/schema";
import { RULES } from "../policies/catalog";
import { evaluate } from "../policies/engine";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";
import { parseDscConfiguration } from "./helpers/dsc-parser";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData, exampleWith } from "./helpers/example";
import { AS_OF } from "./helpers/policy";

type Data = Record<string, any>;
const e5 = (data: Data) => (data.online.licences.staff = "M365_E5");
const ORGANIZATIONS: [string, (data: Data) => void][] = [
  ["the example (Microsoft 365 E3)", () => {}],
  ["an E5 organization", e5],
];

function organization(change: (data: Data) => void) {
  const data = exampleData();
  change(data);
  return validateOrganization(data);
}

/** What `check --option online` judges: the online documents and the tenant document. */
function documentsOf(org: ReturnType<typeof organization>): Record<string, any> {
  return structuredClone({ ...stackDocuments(org, "online"), [TENANT_DOCUMENT]: tenantDocument(org) });
}

const SCUBA_RULES = new Set(Object.values(SCUBA_COVERAGE).flatMap((coverage) => ("rules" in coverage ? (coverage.rules ?? []) : [])));

function errors(org: ReturnType<typeof organization>, documents: Record<string, unknown>) {
  const rules = RULES.filter((rule) => SCUBA_RULES.has(rule.id));
  return evaluate(rules, { option: "online", org, resources: [], documents, asOf: AS_OF }).filter((finding) => finding.severity === "error");
}

describe("the three current SCuBA baselines", () => {
  it("are recorded with their URL, commit and date: Exchange Online 12, security suite 24, Entra ID 34 policies", () => {
    const count = (product: string) => SCUBA_POLICIES.filter((policy) => policy.product === product).length;
    expect([count("exo"), count("securitysuite"), count("aad")]).toEqual([12, 24, 34]);
    expect(new Set(SCUBA_POLICIES.map((policy) => policy.id)).size).toBe(70);
    for (const baseline of Object.values(SCUBA_BASELINES)) {
      expect(baseline.url).toMatch(/^https:\/\/github\.com\/cisagov\/ScubaGear\/blob\/[0-9a-f]{40}\/PowerShell\/ScubaGear\/baselines\/\w+\.md$/);
      expect(baseline.committed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("maps every policy id to the fields and rules that meet it, or to why it does not apply: no id unmapped, none extra", () => {
    expect(Object.keys(SCUBA_COVERAGE).sort()).toEqual(SCUBA_POLICIES.map((policy) => policy.id).sort());
    const ruleIds = new Set(RULES.map((rule) => rule.id));
    // The E5 organization holds every licence a policy can need, so every field exists there.
    const org = organization(e5);
    const documents = documentsOf(org);
    const files: Record<string, unknown> = { online: documents[EXCHANGE_ONLINE_DOCUMENT_JSON], tenant: documents[TENANT_DOCUMENT], org };
    for (const [id, coverage] of Object.entries(SCUBA_COVERAGE)) {
      for (const rule of "rules" in coverage ? (coverage.rules ?? []) : []) expect(ruleIds.has(rule), `${id}: ${rule}`).toBe(true);
      if (coverage.met !== "declared") continue;
      expect(coverage.rules.length, id).toBeGreaterThan(0);
      for (const field of coverage.fields) {
        const [file, path] = field.split(":") as [string, string];
        expect(valueAt(files[file], path), `${id}: ${field}`).toBeDefined();
      }
    }
  });

  it("leaves only these SHALL policies undeclared, each with its reason", () => {
    const undeclared = SCUBA_POLICIES.filter((policy) => policy.requirement === "SHALL" && SCUBA_COVERAGE[policy.id]!.met !== "declared").map((policy) => `${policy.id} ${JSON.stringify(SCUBA_COVERAGE[policy.id])}`);
    expect(undeclared).toEqual([
      'MS.EXO.4.3v1 {"met":"not-applicable","reason":"usFederalOnly"}',
      'MS.AAD.4.1v1 {"met":"not-declared","reason":"diagnosticSettingInOnlineStack","rules":["AZ-05"]}',
      'MS.AAD.9.1v1 {"met":"not-declared","reason":"riskyAgentsNotDeclarable","needs":"entraIdP2"}',
    ]);
  });
});

/** One mutation per SHALL policy: of the organization file, or of a generated document (a regression in the generator). */
const MUTATIONS: Record<string, { rule: string; org?: (data: Data) => void; online?: (doc: any) => void; tenant?: (doc: any) => void }> = {
  "MS.EXO.1.1v2": { rule: "EXO-01", online: (d) => (d.settings.remoteDomains[0].AutoForwardEnabled = true) },
  "MS.EXO.2.2v3": { rule: "EXO-05", online: (d) => (d.facts.mail.spf[0].value = "v=spf1 include:spf.protection.outlook.com ~all") },
  "MS.EXO.4.1v1": { rule: "EXO-05", online: (d) => (d.facts.mail.dmarc = []) },
  "MS.EXO.4.2v1": { rule: "EXO-05", online: (d) => (d.facts.mail.dmarc[0].value = "v=DMARC1; p=none; rua=mailto:dmarc@exempelkommun.se") },
  "MS.EXO.5.1v1": { rule: "EXO-04", online: (d) => (d.settings.transportConfig.SmtpClientAuthenticationDisabled = false) },
  "MS.EXO.6.1v1": { rule: "EXO-07", online: (d) => (d.settings.sharingPolicies[0] = { ...d.settings.sharingPolicies[0], Enabled: true, Domains: ["*:ContactsSharing"] }) },
  "MS.EXO.6.2v1": { rule: "EXO-07", online: (d) => (d.settings.sharingPolicies[0] = { ...d.settings.sharingPolicies[0], Enabled: true, Domains: ["*:CalendarSharingFreeBusyDetail"] }) },
  "MS.EXO.7.1v1": { rule: "EXO-06", online: (d) => (d.settings.externalInOutlook.Enabled = false) },
  "MS.EXO.13.1v1": { rule: "EXO-02", online: (d) => (d.settings.organizationConfig.AuditDisabled = true) },
  "MS.SECURITYSUITE.1.1v1": { rule: "EXO-09", online: (d) => (d.settings.malwareFilterPolicies[0].FileTypes = ["exe"]) },
  "MS.SECURITYSUITE.1.2v1": { rule: "EXO-09", online: (d) => (d.settings.malwareFilterPolicies[0].ZapEnabled = false) },
  "MS.SECURITYSUITE.1.3v1": { rule: "EXO-09", online: (d) => (d.settings.safeAttachmentPolicies[0].Action = "Allow") },
  "MS.SECURITYSUITE.3.1v1": { rule: "DLP-04", online: (d) => (d.settings.dlpComplianceRules = d.settings.dlpComplianceRules.filter((r: any) => !r.ContentContainsSensitiveInformation.some((t: any) => t.id === CREDIT_CARD_NUMBER.id))) },
  "MS.SECURITYSUITE.4.1v1": { rule: "EXO-10", online: (d) => (d.settings.protectionAlerts[0].Disabled = true) },
  "MS.SECURITYSUITE.5.1v1": { rule: "EXO-03", online: (d) => (d.settings.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled = false) },
  "MS.SECURITYSUITE.5.2v1": { rule: "EXO-03", online: (d) => (d.settings.unifiedAuditLogRetentionPolicies[0].RetentionDuration = "ThreeMonths") },
  "MS.SECURITYSUITE.6.1v1": { rule: "EXO-09", online: (d) => (d.settings.hostedContentFilterPolicies[0].PhishSpamAction = "AddXHeader") },
  "MS.SECURITYSUITE.6.2v1": { rule: "EXO-09", online: (d) => (d.settings.hostedContentFilterPolicies[0].AllowedSenderDomains = ["leverantor.example"]) },
  "MS.AAD.1.1v1": { rule: "IAM-01", tenant: (d) => (d.resources = d.resources.filter((r: any) => !r.name.includes("legacy-authentication"))) },
  "MS.AAD.2.1v1": { rule: "IAM-08", tenant: (d) => (d.resources = d.resources.filter((r: any) => !r.name.includes("high-user-risk"))) },
  "MS.AAD.2.3v1": { rule: "IAM-08", tenant: (d) => (d.resources = d.resources.filter((r: any) => !r.name.includes("high-sign-in-risk"))) },
  "MS.AAD.3.1v1": { rule: "IAM-02", org: (d) => (d.identity.allUsersAuthenticationStrength = "mfa") },
  "MS.AAD.3.2v2": { rule: "IAM-02", tenant: (d) => (d.resources = d.resources.filter((r: any) => !r.name.includes("require-mfa"))) },
  "MS.AAD.3.3v2": { rule: "IAM-06", tenant: (d) => (d.policies.authenticationMethods.microsoftAuthenticator.displayLocationInformationRequiredState = "disabled") },
  "MS.AAD.3.4v1": { rule: "IAM-06", tenant: (d) => (d.policies.authenticationMethods.policyMigrationState = "migrationInProgress") },
  "MS.AAD.3.5v2": { rule: "IAM-06", tenant: (d) => (d.policies.authenticationMethods.methods.find((m: any) => m.id === "Sms").state = "enabled") },
  "MS.AAD.3.6v1": { rule: "IAM-02", org: (d) => (d.identity.administratorRoleIds = ["62e90394-69f5-4237-9190-012177145e10"]) },
  "MS.AAD.5.1v1": { rule: "IAM-07", tenant: (d) => (d.policies.authorization.allowedToCreateApps = true) },
  "MS.AAD.5.2v1": { rule: "IAM-07", tenant: (d) => (d.policies.authorization.permissionGrantPoliciesAssigned = ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]) },
  "MS.AAD.5.3v1": { rule: "IAM-07", tenant: (d) => (d.policies.adminConsentRequests.isEnabled = false) },
  "MS.AAD.6.1v1": { rule: "IAM-09", tenant: (d) => (d.policies.passwordExpiry[0].passwordValidityPeriodInDays = 90) },
  "MS.AAD.7.1v1": { rule: "IAM-04", org: (d) => (d.identity.globalAdministrators = 12) },
  "MS.AAD.7.2v1": { rule: "IAM-04", org: (d) => (d.identity.globalAdministrators = 9) },
  "MS.AAD.7.3v1": { rule: "IAM-09", org: (d) => (d.identity.administratorAccounts = "synchronized") },
  "MS.AAD.7.4v1": { rule: "IAM-09", tenant: (d) => (d.policies.privilegedIdentityManagement.roles[0].permanentActiveAssignment = true) },
  "MS.AAD.7.5v1": { rule: "IAM-09", tenant: (d) => (d.policies.privilegedIdentityManagement = null) },
  "MS.AAD.7.6v1": { rule: "IAM-09", tenant: (d) => (d.policies.privilegedIdentityManagement.roles.find((r: any) => r.displayName === "Global Administrator").activationRequiresApproval = false) },
  "MS.AAD.7.7v1": { rule: "IAM-09", tenant: (d) => (d.policies.privilegedIdentityManagement.roles[1].alertOnAssignment = false) },
  "MS.AAD.7.8v1": { rule: "IAM-09", tenant: (d) => (d.policies.privilegedIdentityManagement.roles.find((r: any) => r.displayName === "Global Administrator").alertOnActivation = false) },
};

for (const [name, change] of ORGANIZATIONS) {
  describe(`${name} against the SCuBA baselines`, () => {
    const org = organization(change);
    const applicable = scubaPolicies(org).filter((policy) => policy.applicability.applies);
    const shalls = applicable.filter((policy) => policy.requirement === "SHALL" && policy.coverage.met === "declared");

    it("meets every applicable SHALL in the generated documents: no SCuBA rule gives an error", () => {
      expect(shalls.length).toBeGreaterThan(25);
      expect(errors(org, documentsOf(org))).toEqual([]);
    });

    it("has one mutation per applicable SHALL, and each fails the rule that guards it", () => {
      for (const policy of shalls) {
        const mutation = MUTATIONS[policy.id];
        expect(mutation, policy.id).toBeDefined();
        const mutated = mutation!.org ? organization((data) => (change(data), mutation!.org!(data))) : org;
        const documents = documentsOf(mutated);
        mutation!.online?.(documents[EXCHANGE_ONLINE_DOCUMENT_JSON]);
        mutation!.tenant?.(documents[TENANT_DOCUMENT]);
        expect(errors(mutated, documents).map((finding) => finding.ruleId), policy.id).toContain(mutation!.rule);
      }
    });

    it("declares the security suite in the Microsoft365DSC export", () => {
      const types = new Set(parseDscConfiguration(renderM365Dsc(buildExchangeOnlineDocument(org))).resources.map((resource) => resource.type));
      for (const type of ["EXOMalwareFilterPolicy", "EXOHostedContentFilterPolicy", "EXOHostedConnectionFilterPolicy", "SCProtectionAlert", "SCDLPComplianceRule", "EXOSharingPolicy", "EXODkimSigningConfig"]) expect(types.has(type), type).toBe(true);
      const mdo = ["EXOSafeAttachmentPolicy", "EXOSafeAttachmentRule", "EXOSafeLinksPolicy", "EXOSafeLinksRule", "EXOAntiPhishPolicy", "EXOAtpPolicyForO365"];
      expect(mdo.filter((type) => types.has(type))).toEqual(org.online.licences.staff === "M365_E5" ? mdo : []);
    });
  });
}

describe("the E5 tenant plan against the fake Exchange Online", () => {
  let fake: FakeExchangeOnline;
  beforeAll(async () => {
    fake = await new FakeExchangeOnline({ publishedDkimCnames: ["exempelkommun.se"] }).start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it("applies the security suite, and a second apply changes nothing", async () => {
    const adapter = createM365Adapter({ tenant: "exempelkommun.onmicrosoft.com", baseUrls: fake.baseUrls, tokenProvider: async (endpoint) => FAKE_TOKENS[endpoint] });
    const settings = buildExchangeOnlineDocument(organization(e5)).settings;
    const first = (await adapter.apply(settings)).applied.map((call) => call.cmdlet);
    expect(first).toEqual(expect.arrayContaining(["Set-MalwareFilterPolicy", "Set-HostedContentFilterPolicy", "New-SafeLinksPolicy", "New-SafeLinksRule", "New-SafeAttachmentPolicy", "New-SafeAttachmentRule", "Set-ProtectionAlert"]));
    expect((await adapter.apply(settings)).applied).toEqual([]);
  });
});

describe("the TCM monitor body", () => {
  it("watches CA03's highly privileged roles by name and the break-glass exclusions by user principal name", () => {
    const org = organization(() => {});
    const monitor = buildTcmMonitor(org, buildExchangeOnlineDocument(org), tenantDocument(org));
    const ca03 = monitor.body.baseline.resources.find((resource) => resource.displayName.startsWith("Conditional Access: CA03"))!;
    expect(ca03.properties.IncludeRoles).toEqual(expect.arrayContaining(Object.values(HIGHLY_PRIVILEGED_ROLES)));
    expect(ca03.properties.ExcludeUsers).toEqual(exampleData().identity.breakGlassUserPrincipalNames);
    // Without the names the exclusions are listed as not watched, never guessed.
    const unnamed = organization((data) => delete data.identity.breakGlassUserPrincipalNames);
    const without = buildTcmMonitor(unnamed, buildExchangeOnlineDocument(unnamed), tenantDocument(unnamed));
    expect(without.body.baseline.resources.find((resource) => resource.displayName.startsWith("Conditional Access: CA03"))!.properties.ExcludeUsers).toBeUndefined();
    expect(without.notCovered.map((item) => item.field)).toContain("identity.breakGlassUserPrincipalNames");
  });
});

describe("check on the command line", () => {
  it("exits 1 naming the rule when a SHALL is broken in the organization file", async () => {
    const result = await runCli(["--config", tempFile("org.yaml", exampleWith((data) => (data.identity.administratorAccounts = "synchronized"))), "--format", "json", "check", "--option", "online", "--as-of", AS_OF]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.filter((f: { severity: string }) => f.severity === "error").map((f: { ruleId: string }) => f.ruleId)).toEqual(["IAM-09"]);
  });
});

describe("export scubagear", () => {
  it("excludes the break-glass accounts, names the key people for E5, omits what does not apply with the reason", () => {
    const example = parse(scubaGearConfig(organization(() => {}), "en", AS_OF).text);
    const breakGlass = exampleData().identity.breakGlassAccountIds;
    expect(example.ProductNames).toEqual(["exo", "securitysuite", "aad"]);
    expect(example.Aad["MS.AAD.3.6v1"].CapExclusions.Users).toEqual(breakGlass);
    expect(example.Aad["MS.AAD.2.1v1"]).toBeUndefined();
    expect(example.OmitPolicy["MS.EXO.4.3v1"].Rationale).toContain("U.S. federal");
    expect(example.OmitPolicy["MS.AAD.7.6v1"].Rationale).toContain("Entra ID P2");
    expect(example.SecuritySuite).toBeUndefined();
    expect(example.AnnotatePolicy["MS.EXO.7.1v1"].Comment).toContain("External tag");

    const full = parse(scubaGearConfig(organization(e5), "en", AS_OF).text);
    expect(Object.keys(full.OmitPolicy)).toEqual(["MS.EXO.4.3v1"]);
    expect(full.Aad["MS.AAD.7.4v1"].RoleExclusions.Users).toEqual(breakGlass);
    expect(full.SecuritySuite["MS.SECURITYSUITE.2.1v1"].SensitiveUsers).toEqual(["Kommundirektör;kommundirektor@exempelkommun.se", "Kommunstyrelsens ordförande;ks.ordforande@exempelkommun.se"]);
  });

  it("turns an approved waiver into an annotation until it expires, in Swedish for a Swedish organization, byte-identical on every run", async () => {
    const waived = (data: Data) => {
      data.identity.allUsersAuthenticationStrength = "mfa";
      data.waivers = [{ rule: "IAM-02", option: "online", reason: "Nycklar delas ut till all personal under våren.", approvedBy: "Kommundirektören", expires: "2027-06-30" }];
    };
    const config = parse(scubaGearConfig(organization(waived), "sv", AS_OF).text);
    expect(config.AnnotatePolicy["MS.AAD.3.1v1"]).toEqual({ Comment: "Godkänt undantag från IAM-02 till och med 2027-06-30 (Kommundirektören): Nycklar delas ut till all personal under våren.", RemediationDate: "2027-06-30" });
    expect(parse(scubaGearConfig(organization(waived), "sv", "2027-07-01").text).AnnotatePolicy["MS.AAD.3.1v1"]).toBeUndefined();

    const file = tempFile("org.yaml", exampleWith(waived));
    const first = await runCli(["--config", file, "export", "scubagear", "--as-of", AS_OF]);
    const second = await runCli(["--config", file, "export", "scubagear", "--as-of", AS_OF]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain("Godkänt undantag från IAM-02");
    expect((await runCli(["--config", file, "export", "scubagear", "--as-of", "2026-13-01"])).stderr).toBe('error: --as-of: received "2026-13-01"; expected a date written YYYY-MM-DD\n');
  });
});
