// The risk matrix of one option: seven dimensions, each scored from facts of the
// configuration (organization file, sizing, synthesized resources, generated documents,
// findings, cost), never from a verdict per option. Each fact is counted once, in the one
// dimension it belongs to, and cites its public sources. Properties of this tool (how it
// declares or applies the configuration) are not facts about the options: see toolNotes.
import type { CostEstimate } from "../../cost/estimate";
import type { OptionId } from "../../cost/types";
import type { ReportMessages } from "../../i18n/catalog";
import type { Format } from "../../i18n/format";
import type { InventoryResource } from "../../inventory/terraform";
import type { ExchangeOnlineDocument } from "../../model/exchange-online/document";
import type { OnpremExchangeDocument } from "../../model/exchange-onprem/document";
import { logRetentionDays } from "../../model/retention-periods";
import type { OrganizationFile } from "../../model/schema";
import type { SizingResult } from "../../model/sizing/sizing";
import { monthsBetween } from "../../policies/dates";
import type { Finding } from "../../policies/types";
import { inEea } from "../jurisdictions";
import type { DataLocation, RiskDimension, RiskReason, RiskScore } from "../model";
import { economicReasons } from "./economic";
import { findingReasons } from "./findings";
import { reason, score } from "./score";
import { exchangeServers } from "../../cost/counts";

export interface RiskInput {
  option: OptionId;
  org: OrganizationFile;
  asOf: string;
  sizing: SizingResult;
  resources: InventoryResource[];
  documents: Record<string, unknown>;
  findings: Finding[];
  cost: CostEstimate;
  dataLocation: DataLocation[];
  t: ReportMessages;
  format: Format;
}

/** Microsoft's financially backed Exchange Online SLA: 99.9 % a month (source: microsoft-online-services-sla). */
export const EXO_SLA = 0.999;
const HOURS_PER_YEAR = 8766;

const FACTS: Record<RiskDimension, (i: RiskInput) => RiskReason[]> = {
  confidentiality,
  integrity,
  availability,
  traceability,
  legal,
  technical,
  economic: (i) => economicReasons(i),
};

/** `counted`: the rules a fact reason already counts, computed once for all dimensions. */
export function riskMatrix(input: RiskInput, counted: Set<string> = countedRules(input)): RiskScore[] {
  return (Object.keys(FACTS) as RiskDimension[]).map((dimension) => {
    const facts = FACTS[dimension](input);
    return score(dimension, [...facts, ...findingReasons(input.findings, dimension, counted, input.t, input.format.lang)]);
  });
}

/** Rules whose finding a fact reason (with points) already counts, over all dimensions. */
export function countedRules(input: RiskInput): Set<string> {
  const rules = new Set<string>();
  for (const facts of [confidentiality, integrity, availability, traceability, legal, technical]) {
    for (const r of facts(input)) if (r.rule && r.points > 0) rules.add(r.rule);
  }
  return rules;
}

const onpremDoc = (i: RiskInput) => i.documents["exchange-organization.json"] as OnpremExchangeDocument | undefined;
const onlineDoc = (i: RiskInput) => i.documents["exchange-online-configuration.json"] as ExchangeOnlineDocument | undefined;
const maxConfidentiality = (org: OrganizationFile) => org.classification.maxConfidentialityInEmail ?? org.classification.email.confidentiality;

function confidentiality(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  const maxC = maxConfidentiality(i.org);
  out.push(maxC >= 3 ? reason(0.5, t.risk.sensitiveContent(maxC), ["skr-klassa"], ["classification.maxConfidentialityInEmail"]) : reason(0, t.risk.limitedContent(maxC), ["skr-klassa"], ["classification.maxConfidentialityInEmail"]));
  if (i.option === "online") {
    const lockbox = onlineDoc(i)?.facts.customerLockbox ?? i.org.online.customerLockbox;
    out.push(lockbox ? reason(0, t.risk.lockboxOn, ["learn-customer-lockbox"], ["online.customerLockbox"]) : reason(0.5, t.risk.lockboxOff, ["learn-customer-lockbox"], ["online.customerLockbox"], { rule: "ONL-02" }));
    // Incidents count on both sides: the 2023 Exchange Online intrusion as the on-prem mass exploitation.
    out.push(reason(0.5, t.risk.cloudIncident, ["cisa-csrb-storm-0558"], ["online"]));
    out.push(
      i.org.online.customerKey.enabled
        ? reason(0, t.risk.customerKey, ["learn-customer-key"], ["online.customerKey.enabled"])
        : maxC >= 2
          ? reason(0.5, t.risk.noCustomerKey, ["learn-customer-key"], ["online.customerKey.enabled"], { rule: "ONL-03" })
          : reason(0, t.risk.noCustomerKey, ["learn-customer-key"], ["online.customerKey.enabled"]),
    );
  } else {
    const published = onpremDoc(i)?.clientAccess.virtualDirectories.filter((v) => v.internetReachable).length ?? 0;
    if (published > 0) out.push(reason(1, t.risk.internetExposure(published), ["cisa-ed-21-02", "msrc-proxyshell-proxynotshell"], ["exchange-organization.json clientAccess.virtualDirectories"]));
  }
  return out;
}

function integrity(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  if (i.org.classification.email.integrity >= 3) out.push(reason(0.5, t.risk.integrityRated(i.org.classification.email.integrity), ["skr-klassa"], ["classification.email.integrity"]));
  if (i.option === "onprem") {
    const { backup, dag } = i.org.onprem;
    if (backup.kind === "none") out.push(reason(2, t.risk.noBackup, ["learn-exchange-disaster-recovery"], ["onprem.backup.kind"], { rule: "ONP-07" }));
    else if (backup.kind === "lagged-copy") out.push(reason(1, t.risk.laggedOnly, ["learn-exchange-disaster-recovery"], ["onprem.backup.kind"]));
    else out.push(reason(0, t.risk.backupSoftware, ["learn-exchange-disaster-recovery"], ["onprem.backup.kind"]));
    if (backup.kind !== "none") {
      const months = backup.lastRestoreTest ? monthsBetween(backup.lastRestoreTest, i.asOf) : undefined;
      if (months === undefined) out.push(reason(1, t.risk.noRestoreTest, ["rkrattsbaser-cybersakerhetslag"], ["onprem.backup.lastRestoreTest"], { rule: "ONP-07" }));
      else if (months >= 12) out.push(reason(1, t.risk.oldRestoreTest(months), ["rkrattsbaser-cybersakerhetslag"], ["onprem.backup.lastRestoreTest"], { rule: "ONP-07" }));
      else out.push(reason(0, t.risk.restoreTested(backup.lastRestoreTest!), ["rkrattsbaser-cybersakerhetslag"], ["onprem.backup.lastRestoreTest"]));
    }
    const nonLagged = dag.copiesPerDatabase - (dag.laggedCopy ? 1 : 0);
    if (nonLagged < 3) out.push(reason(1, t.risk.fewCopies(nonLagged), ["learn-exchange-disaster-recovery"], ["onprem.dag"]));
  } else {
    out.push(reason(0.5, t.risk.noCopyOutside, ["learn-exo-data-resiliency", "learn-inactive-mailboxes"], ["retention"]));
  }
  return out;
}

function availability(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  const level = i.org.classification.email.availability;
  if (i.option === "online") {
    const hours = (1 - EXO_SLA) * HOURS_PER_YEAR;
    out.push(
      level >= 3
        ? reason(1, t.risk.slaShort(level, hours), ["microsoft-online-services-sla", "skr-klassa"], ["classification.email.availability"])
        : reason(0, t.risk.slaFits(level, hours), ["microsoft-online-services-sla", "skr-klassa"], ["classification.email.availability"]),
    );
    out.push(reason(0.5, t.risk.internetDependency, ["microsoft-online-services-sla"], ["online"]));
    return out;
  }
  // Hybrid modern authentication signs on-prem clients in through Entra ID too: the same dependency.
  if (i.org.onprem.modernAuthentication === "hybrid") out.push(reason(0.5, t.risk.entraDependencyOnprem, ["microsoft-online-services-sla"], ["onprem.modernAuthentication"]));
  const s = i.org.sites;
  const rooms = ["learn-exchange-preferred-architecture", "learn-exchange-datacenter-switchovers"] as const;
  if (s.sharedBuilding) out.push(reason(1, t.risk.sharedBuilding, [...rooms], ["sites.sharedBuilding"], { rule: "ONP-03" }));
  if (s.sharedPower) out.push(reason(1, t.risk.sharedPower, [...rooms], ["sites.sharedPower"], { rule: "ONP-03" }));
  if (s.sharedNetwork) out.push(reason(0.5, t.risk.sharedNetwork, [...rooms], ["sites.sharedNetwork"], { rule: "ONP-03" }));
  if (!s.sharedBuilding && !s.sharedPower && !s.sharedNetwork) out.push(reason(0, t.risk.independentRooms, [...rooms], ["sites"]));
  out.push(
    s.witness.kind === "azure-vm"
      ? reason(0.5, t.risk.witnessAzure(s.witness.region), ["learn-exchange-dag", "learn-exchange-datacenter-switchovers"], ["sites.witness"])
      : reason(0, t.risk.witnessThirdRoom(s.witness.name), ["learn-exchange-dag", "learn-exchange-datacenter-switchovers"], ["sites.witness"]),
  );
  const cpu = Math.round(i.sizing.utilisation.cpuAtWorstFailure * 100);
  if (cpu > 80) out.push(reason(1, t.risk.cpuOverLimit(cpu), ["learn-exchange-preferred-architecture"], ["model/sizing"], { rule: "ONP-06" }));
  // After losing a room, the servers of the other room carry every mailbox.
  else out.push(reason(0, t.risk.cpuFits(i.sizing.mailboxServers.total - i.sizing.mailboxServers.perRoom, cpu), ["learn-exchange-preferred-architecture"], ["model/sizing"]));
  if (level >= 3) out.push(reason(0.5, t.risk.ownStaffRestore(level), ["skr-klassa"], ["classification.email.availability"]));
  return out;
}

function traceability(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  const days = i.org.retention.auditLogRetentionDays;
  const decided = logRetentionDays(i.org);
  if (days < 365) out.push(reason(1, t.risk.auditShort(days), ["lagen-ra-1998-ref-44"], ["retention.auditLogRetentionDays"], { rule: "AZ-05" }));
  if (decided > days) {
    // Both generators keep audit records as long as a decision on logs asks (years in days by
    // model/retention-periods.ts); only an option that keeps them shorter is a risk.
    const kept = i.option === "online" ? onlineDoc(i)?.facts.audit.retentionDays : onpremDoc(i)?.audit.adminAuditLog.ageLimitDays;
    if (kept !== undefined && kept < decided) {
      out.push(reason(0.5, t.risk.logsShorterThanDecision(decided, kept), ["lagen-ra-1998-ref-44", "rkrattsbaser-arkivlag"], ["retention.deletionDecisions", "retention.auditLogRetentionDays"], { rule: "RET-04" }));
    } else out.push(reason(0, t.risk.logsKeptAsDecided(kept ?? decided, decided), ["lagen-ra-1998-ref-44", "rkrattsbaser-arkivlag"], ["retention.deletionDecisions"]));
  }
  const workspace = i.resources.find((r) => r.type === "azurerm_log_analytics_workspace");
  if (!workspace) out.push(reason(1.5, t.risk.noWorkspace, ["lagen-ra-1998-ref-44", "rkrattsbaser-cybersakerhetslag"], [`${i.option} stack`], { rule: "AZ-05" }));
  else out.push(reason(0, t.risk.workspaceKeeps(workspace.values.retention_in_days === undefined ? t.risk.workspaceDefault : i.format.integer(Number(workspace.values.retention_in_days))), ["lagen-ra-1998-ref-44"], [workspace.address]));
  if (i.option === "online" && !i.resources.some((r) => r.type === "azurerm_sentinel_data_connector_office_365")) {
    out.push(reason(0.5, t.risk.noSentinel, ["rkrattsbaser-cybersakerhetslag"], ["online stack"]));
  }
  return out;
}

function legal(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  const g = i.org.governance;
  const foreign = i.org.online.providerJurisdiction === "non-EU";
  if (i.option === "online") {
    // Secrecy (OSL): passing mail to the provider, and the organization's own assessment.
    out.push(reason(0, t.risk.oslProvider, ["rkrattsbaser-osl", "riksdagen-prop-2022-23-97", "esam-molnfragan"], ["online"], { topic: "osl" }));
    const assessment = g.oslSuitabilityAssessment;
    out.push(
      assessment
        ? reason(0, t.risk.oslAssessed(assessment.date, assessment.approvedBy), ["rkrattsbaser-osl"], ["governance.oslSuitabilityAssessment"], { topic: "osl" })
        : reason(0, t.risk.oslNotAssessed, ["rkrattsbaser-osl", "riksdagen-prop-2022-23-97"], ["governance.oslSuitabilityAssessment"], { topic: "osl", rule: "GOV-03" }),
    );
    // GDPR chapter V: the transfer basis and where sub-processors work.
    const basis = g.transferBasis;
    if (!basis) out.push(reason(1, t.risk.noTransferBasis, ["eurlex-gdpr"], ["governance.transferBasis"], { topic: "gdpr", rule: "GOV-06" }));
    else if (basis.mechanism === "dpf-adequacy") {
      out.push(reason(0.5, t.risk.dpfUnderAppeal, ["eurlex-dpf-adequacy", "curia-t-553-23", "eurlex-c-703-25-p", "curia-c-311-18"], ["governance.transferBasis.mechanism"], { topic: "gdpr" }));
      if (!basis.sccFallback) out.push(reason(0.5, t.risk.noSccFallback, ["eurlex-gdpr", "eurlex-c-703-25-p"], ["governance.transferBasis.sccFallback"], { topic: "gdpr", rule: "GOV-09" }));
    } else out.push(reason(0, t.risk.sccBasis(basis.transferImpactAssessment ?? t.risk.tiaMissing), ["eurlex-gdpr"], ["governance.transferBasis"], { topic: "gdpr" }));
    // Without an agreement the sub-processors' countries are unknown: counted as if outside the EEA,
    // so a missing agreement (a condition of the decision) never lowers the score.
    const outside = g.processorAgreement ? g.processorAgreement.subProcessorCountries.filter((country) => !inEea(country)) : [t.risk.unknownCountries];
    if (outside.length) out.push(reason(0.5, t.risk.subProcessorsOutside(i.format.list(outside.map((code) => t.country[code] ?? code))), ["eurlex-gdpr"], ["governance.processorAgreement.subProcessorCountries"], { topic: "gdpr" }));
    // The CLOUD Act, once: everything in the tenant is with a US provider.
    if (foreign) out.push(reason(1.5, t.risk.cloudActOnline, ["uscode-cloud-act", "eurlex-gdpr", "techlaw-imy-stockholm-2021"], ["online.providerJurisdiction"], { topic: "cloud-act" }));
  } else {
    out.push(reason(0, t.risk.oslOwn, ["rkrattsbaser-osl"], ["onprem"], { topic: "osl" }));
    out.push(reason(0, t.risk.noTransferOnprem, ["eurlex-gdpr"], ["onprem"], { topic: "gdpr" }));
    const exposed = i.dataLocation.filter((d) => d.cloudActExposure).map((d) => i.t.dataKind[d.data].toLowerCase());
    if (exposed.length) out.push(reason(0.5, t.risk.cloudActOnprem(i.format.list(exposed)), ["uscode-cloud-act"], ["online.providerJurisdiction", "azurerm resources (onprem stack)"], { topic: "cloud-act" }));
  }
  // Archives: deletion decisions and leavers' mailboxes (both options).
  const decisions = i.org.retention.deletionDecisions.length;
  out.push(reason(0, decisions ? t.risk.deletionDecisions(decisions) : t.risk.noDeletionDecisions, ["rkrattsbaser-arkivlag"], ["retention.deletionDecisions"], { topic: "archives" }));
  out.push(
    i.org.retention.leaverMailboxes === "delete"
      ? reason(0, t.risk.leaversDeleted, ["rkrattsbaser-arkivlag", "jo-434-2015"], ["retention.leaverMailboxes"], { topic: "archives", rule: "RET-02" })
      : reason(0, t.risk.leaversKept, i.option === "online" ? ["rkrattsbaser-arkivlag", "learn-inactive-mailboxes"] : ["rkrattsbaser-arkivlag"], ["retention.leaverMailboxes"], { topic: "archives" }),
  );
  // Cybersäkerhetslagen asks more than deadlines: management approves and follows the measures,
  // and the supply chain (Microsoft, or the consultants and vendors of on-prem) is managed.
  out.push(reason(0, i.option === "online" ? t.risk.nis2Online : t.risk.nis2Onprem, ["rkrattsbaser-cybersakerhetslag", "eurlex-nis2"], ["organization"], { topic: "cybersecurity" }));
  // Cybersäkerhetslagen: both options are run by an organization it covers.
  out.push(
    g.incidentRunbook
      ? reason(0, t.risk.runbookRecorded, ["rkrattsbaser-cybersakerhetslag", "rkrattsbaser-cybersakerhetsforordning"], ["governance.incidentRunbook"], { topic: "cybersecurity" })
      : reason(0, t.risk.runbookMissing, ["rkrattsbaser-cybersakerhetslag", "rkrattsbaser-cybersakerhetsforordning"], ["governance.incidentRunbook"], { topic: "cybersecurity", rule: "GOV-08" }),
  );
  return out;
}

function technical(i: RiskInput): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  if (i.option === "online") {
    out.push(reason(0, t.risk.microsoftPatches, ["microsoft-online-services-sla"], ["online"]));
    return out;
  }
  const o = i.org.onprem;
  if (o.exchangeVersion !== "SE") out.push(reason(2, t.risk.unsupportedVersion(o.exchangeVersion), ["learn-exchange-2019-lifecycle"], ["onprem.exchangeVersion"], { rule: "ONP-01" }));
  const passes = i.org.cost.usage.onpremMaintenanceWindowsPerYear;
  const servers = exchangeServers(i.sizing).total;
  const updates = passes * servers;
  out.push(reason(updates >= 40 ? 1.5 : 1, t.risk.patchingBurden(passes, servers, updates), ["learn-exchange-build-numbers"], ["cost.usage.onpremMaintenanceWindowsPerYear", "model/sizing"]));
  if (o.patching.maxDaysToApply > 14) out.push(reason(0.5, t.risk.patchDelay(o.patching.maxDaysToApply), ["cisa-ed-25-02", "cisa-ed-21-02"], ["onprem.patching.maxDaysToApply"], { rule: "ONP-08" }));
  return out;
}
