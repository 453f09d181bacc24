// The on-prem Exchange organization document and its Exchange Management Shell script:
// the facts the policies judge, and a script that checks before it changes anything.
import { logRetentionDays } from "../model/retention-periods";
import { describe, expect, it } from "vitest";
import { sizeOrganization } from "../model/sizing/sizing";
import { buildOnpremExchangeDocument, SWEDEN_NATIONAL_ID } from "../model/exchange-onprem/document";
import { DESIGN } from "../model/sizing/constants";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { onpremScriptSteps } from "../model/exchange-onprem/script-steps";
import { EXPECTED_EXTENDED_PROTECTION } from "../model/exchange-onprem/extended-protection";
import { psString, psValue } from "../model/powershell";
import { orgWith } from "./onprem-helpers";
import { parsePowerShell } from "./helpers/powershell-syntax";

const example = orgWith();
const doc = buildOnpremExchangeDocument(example);
const script = renderOnpremScript(doc);
const sizing = sizeOrganization(example);
const steps = onpremScriptSteps(doc);

/** Cmdlets that change state. Get-, Where-, ForEach-, Invoke-Command (around a read) and Import-Module do not. */
const MUTATING = /\b(?:New|Set|Add|Remove|Enable|Disable|Mount|Dismount|Install|Update|Resume|Suspend|Start|Stop|Restart|Move|Clear|Register)-[A-Z][A-Za-z]+/;

describe("onprem Exchange document: DAG and databases", () => {

  it("has the sized servers as DAG members, split equally over the two rooms", () => {
    expect(doc.dag.members).toHaveLength(sizing.mailboxServers.total);
    expect(doc.dag.membersPerRoom).toEqual({ primary: sizing.mailboxServers.perRoom, recovery: sizing.mailboxServers.perRoom });
    expect(new Set(doc.servers.mailbox.map((s) => s.adSite))).toEqual(new Set([example.sites.primary.adSite, example.sites.recovery.adSite]));
  });

  it("keeps every database in at least two copies in different rooms, each copy on its own server (ONP-02)", () => {
    expect(doc.databases).toHaveLength(sizing.databases.count);
    for (const db of doc.databases) {
      expect(db.copies.length).toBeGreaterThanOrEqual(2);
      expect(db.copies).toHaveLength(example.onprem.dag.copiesPerDatabase);
      expect(new Set(db.copies.map((c) => c.room))).toEqual(new Set(["primary", "recovery"]));
      expect(new Set(db.copies.map((c) => c.server)).size).toBe(db.copies.length);
      expect(db.copies.map((c) => c.activationPreference).sort()).toEqual(db.copies.map((_, i) => i + 1));
      for (const copy of db.copies) expect(doc.dag.members).toContain(copy.server);
    }
  });

  it("holds the same property for other copy counts", () => {
    for (const copies of [2, 3, 5, 6]) {
      const other = buildOnpremExchangeDocument(orgWith((d) => (d.onprem.dag.copiesPerDatabase = copies)));
      for (const db of other.databases) {
        expect(db.copies).toHaveLength(copies);
        expect(new Set(db.copies.map((c) => c.room)).size).toBe(2);
        expect(new Set(db.copies.map((c) => c.server)).size).toBe(copies);
      }
    }
  });

  it("puts exactly one lagged copy per database in the recovery room, with the configured lag", () => {
    expect(doc.dataProtection.laggedCopy).toBe(true);
    for (const db of doc.databases) {
      const lagged = db.copies.filter((c) => c.replayLagDays > 0);
      expect(lagged).toHaveLength(1);
      expect(lagged[0]).toMatchObject({ room: "recovery", replayLagDays: example.onprem.dag.replayLagDays });
      expect(lagged[0]!.activationPreference).toBe(db.copies.length);
    }
    expect(doc.dataProtection.safetyNetHoldDays).toBeGreaterThanOrEqual(example.onprem.dag.replayLagDays);
    const none = buildOnpremExchangeDocument(orgWith((d) => (d.onprem.dag.laggedCopy = false)));
    expect(none.databases.flatMap((db) => db.copies).every((c) => c.replayLagDays === 0)).toBe(true);
  });

  it("spreads the active copies evenly over the primary room's servers", () => {
    const actives = doc.databases.map((db) => db.copies.find((c) => c.activationPreference === 1)!);
    expect(actives.every((c) => c.room === "primary")).toBe(true);
    const perServer = new Map<string, number>();
    for (const c of actives) perServer.set(c.server, (perServer.get(c.server) ?? 0) + 1);
    expect(new Set(perServer.values()).size).toBe(1);
    expect(perServer.size).toBe(sizing.mailboxServers.perRoom);
  });

  it("places the witness in a third failure domain", () => {
    expect(doc.dag.witness).toMatchObject({ failureDomain: "azure", location: "swedencentral", inServerRoom: false });
    expect(doc.dag.members).not.toContain(doc.dag.witness.server);
    const third = buildOnpremExchangeDocument(orgWith((d) => (d.sites.witness = { kind: "third-room", name: "Teknikhuset" })));
    expect(third.dag.witness).toMatchObject({ failureDomain: "third-room", location: "Teknikhuset" });
  });
});

describe("onprem Exchange document: security and compliance facts", () => {
  it("blocks outbound mail with Swedish personal identity numbers (DLP-01)", () => {
    const rule = doc.transportRules.find((r) => r.purpose === "personal-identity-number")!;
    expect(rule.sensitiveInformationType).toMatchObject({ name: "Sweden National ID", id: "f69aaf40-79be-4fac-8f05-fd1910d272c8" });
    expect(rule).toMatchObject({ sentToScope: "NotInOrganization", action: "reject" });
    expect(script).toContain(`-SentToScope NotInOrganization -MessageContainsDataClassifications @(@{ Name = 'Sweden National ID'`);
    expect(script).toContain("-RejectMessageReasonText");
    expect(SWEDEN_NATIONAL_ID.id).toBe("f69aaf40-79be-4fac-8f05-fd1910d272c8");
  });

  it("encrypts with the recorded AD RMS template, checked first, and stops when none is recorded (ONP-11)", () => {
    const encrypt = buildOnpremExchangeDocument(orgWith((d) => {
      d.onprem.personalIdentityNumberAction = "encrypt";
      d.onprem.rightsManagement = { template: "Exempelkommun - Konfidentiellt" };
    }));
    expect(encrypt.transportRules[0]).toMatchObject({ action: "encrypt", rmsTemplate: "Exempelkommun - Konfidentiellt" });
    const text = renderOnpremScript(encrypt);
    const check = onpremScriptSteps(encrypt).find((step) => step.key === "rms-template")!;
    expect(check).toMatchObject({ test: "[bool](Get-RMSTemplate -Identity 'Exempelkommun - Konfidentiellt' -ErrorAction SilentlyContinue)", manual: { work: "rms-template" } });
    expect(onpremScriptSteps(encrypt).find((step) => step.key === "transport-rule-personal-identity-number")!.after).toEqual([check.id]);
    expect(text).toContain("-ApplyRightsProtectionTemplate 'Exempelkommun - Konfidentiellt' | Out-Null");
    expect(text).not.toContain("'Encrypt'");
    const unrecorded = buildOnpremExchangeDocument(orgWith((d) => (d.onprem.personalIdentityNumberAction = "encrypt")));
    expect(unrecorded.transportRules[0]!.rmsTemplate).toBeNull();
    expect(renderOnpremScript(unrecorded)).toContain("-Manual 'rms-template' -Todo 'No AD RMS template is recorded: set onprem.rightsManagement.template");
  });

  it("enforces the deletion decisions: a default policy tag of type All, the policy on every mailbox (RET-01)", () => {
    const tags = buildOnpremExchangeDocument(orgWith((d) => {
      d.retention.deletionDecisions.push({ id: "KS 2024/1", what: "Newsletters", retainYears: 1 }, { id: "KS 2024/2", what: "Case mail", retainYears: 10, contentMatchQuery: "subject:ärende" });
    })).retention;
    // The longest decision without a query is the default; nothing goes before any decision allows.
    expect(tags.tags.map((t) => [t.deletionDecisionId, t.type])).toEqual([
      ["KS 2023/118 p. 4", "All"],
      ["KS 2024/1", "Personal"],
      ["KS 2024/2", "Personal"],
    ]);
    expect(tags.assignedToAllMailboxes).toBe(true);
    expect(script).toContain("New-RetentionPolicyTag -Name $item.Name -Type $item.Type -RetentionEnabled $true");
    expect(script).toContain("Type = 'All'");
    expect(script).toContain(`Get-Mailbox -ResultSize Unlimited | Where-Object { "$($_.RetentionPolicy)" -ne 'Exempelkommun retention' } | Set-Mailbox -RetentionPolicy 'Exempelkommun retention'`);
  });

  it("sizes the message tracking directory so logs are deleted by age, not by size, on a disk of their own (RET-04)", () => {
    const tracking = doc.transport.messageTracking;
    expect(tracking.maxAgeDays).toBe(731);
    // The whole organization's mail at the horizon, for 731 days, at 4 KiB a message, in whole GB.
    const bytes = sizing.mailboxesAtHorizon * sizing.messagesPerDay * DESIGN.trackingLogBytesPerMessage * 731;
    expect(tracking.maxDirectorySizeMB).toBe(Math.ceil(bytes / 2 ** 30) * 1024);
    expect(tracking.maxDirectorySizeMB!).toBeGreaterThan(1000 * 100);
    // More than the system disk holds: its own disk, with the 20 % a volume keeps free, in 10 GB steps.
    expect(tracking.maxDirectorySizeMB! / 1024).toBeGreaterThan(DESIGN.systemDiskGB);
    expect(tracking.diskGB).toBe(Math.ceil(tracking.maxDirectorySizeMB! / 1024 / 0.8 / 10) * 10);
    expect(sizing.storage.messageTracking).toEqual({ days: 731, directoryMB: tracking.maxDirectorySizeMB, diskGB: tracking.diskGB });
    expect(script).toContain(
      `Set-TransportService -Identity $item -MessageTrackingLogPath 'C:\\ExchangeLogs\\MessageTracking' -MessageTrackingLogMaxDirectorySize '${tracking.maxDirectorySizeMB}MB' -MessageTrackingLogMaxAge '731.00:00:00'`,
    );
    for (const server of doc.servers.mailbox) expect(script).toContain(`@{ Volume = 'TransportLogs'; Server = '${server.name}'; Folder = 'C:\\ExchangeLogs\\'; SizeGB = ${tracking.diskGB} }`);
    const noDecision = orgWith((d) => (d.retention.deletionDecisions = []));
    const none = buildOnpremExchangeDocument(noDecision);
    expect(none.transport.messageTracking).toEqual({ maxAgeDays: null, maxDirectorySizeMB: null, logPath: null, volumeFolder: null, diskGB: null, deletionDecisionIds: [] });
    expect(sizeOrganization(noDecision).storage.messageTracking.diskGB).toBe(0);
    expect(renderOnpremScript(none)).not.toContain("TransportLogs");
  });

  it("blocks legacy authentication only once modern authentication is recorded, after OAuth is on (ONP-10)", () => {
    expect(doc.authentication).toMatchObject({ modernAuthentication: true, modernAuthenticationProvider: "hybrid", oauth2ClientProfileEnabled: true });
    const order = ["Modern authentication is set up (AzureAD", "OAuth (modern authentication) is on", "Authentication policy Block Legacy Authentication"].map((title) => steps.findIndex((step) => step.title.startsWith(title)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(script).toContain("New-AuthenticationPolicy -Name 'Block Legacy Authentication' -BlockLegacyAuthActiveSync -BlockLegacyAuthAutodiscover");
    expect(script).toContain("Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Legacy Authentication'");
    const none = buildOnpremExchangeDocument(orgWith((d) => (d.onprem.modernAuthentication = "none")));
    expect(none.authentication).toMatchObject({ modernAuthentication: false, oauth2ClientProfileEnabled: false, basicAuthenticationBlockedFor: [] });
    const text = renderOnpremScript(none);
    expect(text).not.toContain("BlockLegacyAuth");
    expect(text).not.toContain("DefaultAuthenticationPolicy");
    const adfs = renderOnpremScript(buildOnpremExchangeDocument(orgWith((d) => (d.onprem.modernAuthentication = "adfs"))));
    expect(adfs).toContain(`[bool](Get-AuthServer | Where-Object { "$($_.Type)" -eq 'ADFS' -and $_.Enabled -and $_.IsDefaultAuthorizationEndpoint })`);
  });

  it("names the namespace's SPN on every virtual directory with Extended Protection on, none where Microsoft's value is None", () => {
    const on = doc.clientAccess.virtualDirectories.filter((v) => v.extendedProtection !== "None");
    expect(on.every((v) => v.extendedProtectionSPNs.length === 1 && v.extendedProtectionSPNs[0]!.startsWith("HTTP/"))).toBe(true);
    expect(doc.clientAccess.virtualDirectories.filter((v) => v.extendedProtection === "None").every((v) => v.extendedProtectionSPNs.length === 0)).toBe(true);
    for (const cmdlet of ["Set-OwaVirtualDirectory", "Set-MapiVirtualDirectory", "Set-AutodiscoverVirtualDirectory", "Set-PowerShellVirtualDirectory"]) {
      expect(script).toContain(`${cmdlet} -Identity $v.Identity`);
    }
    expect(script).toContain("-ExtendedProtectionTokenChecking $item.Protection -ExtendedProtectionSPNList $item.Spns");
    expect(script).toContain("Spns = @('HTTP/mail.exempelkommun.se')");
    expect(script).toContain("Protection = 'None'; Spns = @()");
    expect(script).not.toContain("WebConfigurationProperty");
  });

  it("keeps ECP and remote PowerShell off the internet and sets Extended Protection to Microsoft's value everywhere (ONP-04, ONP-05)", () => {
    const dirs = doc.clientAccess.virtualDirectories;
    expect(dirs).toHaveLength(doc.servers.mailbox.length * 8);
    for (const dir of dirs.filter((d) => d.kind === "ecp" || d.kind === "powershell")) {
      expect(dir.externalUrl).toBeNull();
      expect(dir.internetReachable).toBe(false);
    }
    expect(dirs.every((d) => d.extendedProtection === EXPECTED_EXTENDED_PROTECTION[d.kind])).toBe(true);
    expect(dirs.filter((d) => d.kind === "owa").every((d) => d.externalUrl === "https://mail.exempelkommun.se/owa")).toBe(true);
    expect(doc.security).toEqual({ extendedProtection: true, amsi: true, emergencyMitigationService: true, serializationPayloadSigning: true });
    expect(doc.servers.edge.every((e) => e.network === "perimeter" && e.domainJoined === false)).toBe(true);
  });

  it("requires TLS 1.2 where mail comes in and towards partners, and turns SMTP AUTH and Basic authentication off (EXO-04, EXO-08)", () => {
    expect(doc.transport.tls.minimumVersion).toBe("1.2");
    expect(doc.transport.receiveConnectors.every((c) => c.requireTls)).toBe(true);
    expect(doc.transport.internet).toMatchObject({ route: "edge-subscription", requireTls: false, sourceServers: doc.servers.edge.map((e) => e.name) });
    const partners = buildOnpremExchangeDocument(orgWith((d) => (d.onprem.mailFlow = { requireTlsDomains: ["region.se"] }))).transport.sendConnectors;
    expect(partners).toEqual([{ name: "TLS to region.se", addressSpaces: ["SMTP:region.se;1"], sourceServers: doc.servers.edge.map((e) => e.name), requireTls: true, viaEdge: true }]);
    expect(doc.transport.clientSubmission.enabled).toBe(false);
    expect(doc.authentication).toMatchObject({ modernAuthentication: true, smtpClientAuthentication: false });
    expect(doc.authentication.basicAuthenticationBlockedFor).toContain("ActiveSync");
  });

  it("turns audit on for the decided period and external forwarding off (EXO-01, EXO-02)", () => {
    // The longer of auditLogRetentionDays (730) and the 2-year decision on logs, counted with leap days (731).
    const days = logRetentionDays(example);
    expect(doc.audit.adminAuditLog).toEqual({ enabled: true, ageLimitDays: days });
    expect(doc.audit.mailboxAudit).toEqual({ enabled: true, ageLimitDays: days });
    expect(doc.remoteDomains).toEqual([expect.objectContaining({ domain: "*", autoForwardEnabled: false })]);
    expect(script).toContain("Set-RemoteDomain -Identity $item.Name -AutoForwardEnabled $false");
  });

  it("makes one retention tag per deletion decision about mail that never deletes before the decision allows (RET-01)", () => {
    const mailDecisions = example.retention.deletionDecisions.filter((d) => d.appliesTo !== "logs");
    expect(mailDecisions.length).toBeGreaterThan(0);
    expect(doc.retention.tags.map((t) => t.deletionDecisionId)).toEqual(mailDecisions.map((d) => d.id));
    for (const [i, tag] of doc.retention.tags.entries()) {
      const years = mailDecisions[i]!.retainYears;
      // The longest span of `years` calendar years (leap days included).
      expect(tag.ageLimitDays).toBeGreaterThanOrEqual(Math.ceil(years * 365) + Math.ceil(years / 4));
      expect(tag.action).toBe("DeleteAndAllowRecovery");
    }
  });

  it("keeps message tracking logs as long as the deletion decision about logs (RET-04)", () => {
    const logs = example.retention.deletionDecisions.filter((d) => d.appliesTo === "logs");
    expect(logs.length).toBeGreaterThan(0);
    expect(doc.transport.messageTracking.deletionDecisionIds).toEqual(logs.map((d) => d.id));
    expect(doc.transport.messageTracking.maxAgeDays).toBeGreaterThanOrEqual(Math.max(...logs.map((d) => d.retainYears * 365)));
    expect(script).toContain(`-MessageTrackingLogMaxAge '${doc.transport.messageTracking.maxAgeDays}.00:00:00'`);
    const none = buildOnpremExchangeDocument(orgWith((d) => (d.retention.deletionDecisions = [])));
    expect(none.transport.messageTracking.maxAgeDays).toBeNull();
    expect(renderOnpremScript(none)).not.toContain("MessageTrackingLogMaxAge");
  });

  it("says what DKIM and DMARC need for every accepted domain (EXO-05)", () => {
    const org = orgWith((d) => d.organization.acceptedDomains.push("skola.exempelkommun.se"));
    const auth = buildOnpremExchangeDocument(org).mailAuthentication;
    expect(auth.dkim.keyBits).toBe(2048);
    expect(auth.dkim.domains.map((d) => d.record)).toContain("ek2026a._domainkey.skola.exempelkommun.se");
    expect(auth.dmarc.map((d) => d.domain)).toEqual(org.organization.acceptedDomains);
    expect(auth.dmarc.every((d) => d.policy === "reject" && d.record.startsWith("v=DMARC1; p=reject; rua=mailto:dmarc@exempelkommun.se"))).toBe(true);
  });

  it("carries the facts the on-prem rules judge: room independence, virtualization, capacity, patching", () => {
    expect(doc.roomIndependence).toEqual({ sharedBuilding: true, sharedPower: true, sharedNetwork: true });
    expect(doc.virtualization).toEqual({ platform: "scvmm", dynamicMemory: false, checkpoints: false, vhdType: "Fixed", vcpuPerPhysicalCore: sizing.utilisation.hostVcpuPerPhysicalCore });
    expect(doc.capacity.cpuAtWorstFailure).toBe(sizing.utilisation.cpuAtWorstFailure);
    expect(doc.capacity.storageFreeAfterGrowth).toBe(sizing.utilisation.storageFreeAfterGrowth);
    expect(doc.patching).toEqual({ maxDaysToApply: 14, window: "tisdagar kl. 21.00–24.00" });
    expect(doc.dataProtection.backup).toEqual({ kind: "backup-software", lastRestoreTest: "2026-04-22" });
  });

  it("reports an unsupported Exchange version as such (ONP-01)", () => {
    expect(doc.exchange.supported).toBe(true);
    expect(buildOnpremExchangeDocument(orgWith((d) => (d.onprem.exchangeVersion = "2019"))).exchange.supported).toBe(false);
  });
});

describe("onprem Exchange Management Shell script", () => {

  it("gives every step a read-only guard", () => {
    expect(steps.length).toBeGreaterThan(20);
    for (const step of steps) {
      expect(step.test.trim(), step.title).not.toBe("");
      expect(step.test, `${step.id} ${step.title}`).not.toMatch(MUTATING);
      // A step without a change waits for manual work, and says which.
      expect((step.set ?? step.manual?.todo ?? "").trim(), step.title).not.toBe("");
    }
  });

  it.each([
    ["the example", example],
    ["no Edge, no deletion decisions", orgWith((d) => ((d.onprem.edge.enabled = false), (d.retention.deletionDecisions = [])))],
    ["a third-room witness and encryption", orgWith((d) => ((d.sites.witness = { kind: "third-room", name: "Teknikhuset" }), (d.onprem.personalIdentityNumberAction = "encrypt")))],
  ])("changes state only inside a step's change block, after its guard (%s)", (_name, org) => {
    const variant = buildOnpremExchangeDocument(org);
    const [header, ...chunks] = renderOnpremScript(variant).split(/^# --- step /m);
    expect(header).not.toMatch(new RegExp(MUTATING.source.replace("\\b", "^\\s*"), "m"));
    expect(chunks).toHaveLength(onpremScriptSteps(variant).length);
    // What to do by hand is text (a string literal), not a command.
    for (const chunk of chunks.map((text) => text.replace(/-Todo '(?:[^']|'')*'/, "-Todo ''"))) {
      const test = chunk.indexOf("-Test {");
      const set = chunk.includes("} -Set {") ? chunk.indexOf("} -Set {") : chunk.length;
      expect(test, chunk.slice(0, 60)).toBeGreaterThan(0);
      expect(set).toBeGreaterThan(test);
      expect(chunk.slice(0, set), chunk.slice(0, 60)).not.toMatch(MUTATING);
    }
    // Invoke-Step runs the change only when the guard is false, and checks again afterwards.
    expect(script).toContain("if (& $Test) { Write-StepResult -Id $Id -State 'done' -Line \"[$Id] ok: $Title\"; return }");
    expect(script).toContain("if (-not (& $Test)) { throw");
  });

  it("configures the DAG, its witness, members and every database copy", () => {
    expect(script).toContain("$DagName = 'EK-DAG01'");
    expect(script).toContain(`New-DatabaseAvailabilityGroup -Name $DagName -WitnessServer '${doc.dag.witness.server}'`);
    for (const member of doc.dag.members) expect(script).toContain(`'${member}'`);
    const copies = steps.find((s) => s.title.startsWith("Database copies"))!;
    expect(copies.forEach).toHaveLength(doc.databases.length * example.onprem.dag.copiesPerDatabase);
    expect(script).toContain("Add-MailboxDatabaseCopy -Identity $item.Db -MailboxServer $item.Server -ActivationPreference $item.Preference -ReplayLagTime $lagTime");
    expect(script).toContain("-ReplayLagManagerEnabled $true");
    expect(script).toContain("Set-OrganizationConfig -MitigationsEnabled $true");
  });

  it("parses with tree-sitter-powershell without a syntax error, for every variant", async () => {
    for (const org of [example, orgWith((d) => ((d.onprem.personalIdentityNumberAction = "encrypt"), (d.onprem.modernAuthentication = "adfs"))), orgWith((d) => (d.retention.deletionDecisions = []))]) {
      expect((await parsePowerShell(renderOnpremScript(buildOnpremExchangeDocument(org)))).errors).toEqual([]);
    }
  });

  it("is deterministic and holds no secret", () => {
    expect(renderOnpremScript(buildOnpremExchangeDocument(orgWith()))).toBe(script);
    expect(script).not.toMatch(/password\s*[=:]|-Password\b|ConvertTo-SecureString|client_?secret/i);
    expect(script).not.toMatch(/\r/);
  });

  it("quotes organization values so they cannot break out of a string", () => {
    const org = orgWith((d) => {
      d.organization.name = "Kommun'; Remove-Mailbox -Identity * ; '";
      d.retention.deletionDecisions[0].id = "KS 2023/118 'p. 4' $(Stop-Computer)";
    });
    const text = renderOnpremScript(buildOnpremExchangeDocument(org));
    expect(text).toContain("'Kommun''; Remove-Mailbox -Identity * ; '' retention'");
    expect(text).toContain("'Gallring KS 2023/118 ''p. 4'' $(Stop-Computer)'");
    expect(psString("it’s")).toBe("'it’’s'");
    expect(psValue({ A: [1, true, null], "Key with space": "x" })).toBe("@{ A = @(1, $true, $null); 'Key with space' = 'x' }");
  });
});
