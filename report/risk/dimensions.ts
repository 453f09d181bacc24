// The risk matrix of one option: seven dimensions, each scored from facts of the
// configuration (organization file, sizing, synthesized resources, generated documents,
// findings, cost), never from a verdict per option. Sources are named per fact.
import type { CostEstimate } from "../../cost/estimate";
import type { OptionId } from "../../cost/types";
import type { InventoryResource } from "../../inventory/terraform";
import type { ExchangeOnlineDocument } from "../../model/exchange-online/document";
import type { OnpremExchangeDocument } from "../../model/exchange-onprem/document";
import { logRetentionDays } from "../../model/retention-periods";
import type { OrganizationFile } from "../../model/schema";
import type { SizingResult } from "../../model/sizing/sizing";
import { monthsBetween } from "../../policies/dates";
import type { Finding } from "../../policies/types";
import { inEea } from "../jurisdictions";
import type { DataLocation, RiskReason, RiskScore } from "../model";
import { findingReasons } from "./findings";
import { reason, score } from "./score";

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
}

/** Microsoft's financially backed Exchange Online SLA: 99.9 % a month (exo-tenant.md §8). */
const EXO_SLA = 0.999;
const HOURS_PER_YEAR = 8766;

export function riskMatrix(input: RiskInput): RiskScore[] {
  return [
    score("confidentiality", [...confidentiality(input), ...findingReasons(input.findings, "confidentiality")]),
    score("integrity", [...integrity(input), ...findingReasons(input.findings, "integrity")]),
    score("availability", [...availability(input), ...findingReasons(input.findings, "availability")]),
    score("traceability", [...traceability(input), ...findingReasons(input.findings, "traceability")]),
    score("legal", [...legal(input), ...findingReasons(input.findings, "legal")]),
    score("technical", [...technical(input), ...findingReasons(input.findings, "technical")]),
    score("economic", [...economic(input), ...findingReasons(input.findings, "economic")]),
  ];
}

const onpremDoc = (i: RiskInput) => i.documents["exchange-organization.json"] as OnpremExchangeDocument | undefined;
const onlineDoc = (i: RiskInput) => i.documents["exchange-online-configuration.json"] as ExchangeOnlineDocument | undefined;
const exposed = (i: RiskInput, kind: DataLocation["data"]) => i.dataLocation.find((d) => d.data === kind)?.cloudActExposure === true;

function confidentiality(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  const maxC = i.org.classification.maxConfidentialityInEmail ?? i.org.classification.email.confidentiality;
  if (exposed(i, "mail-content")) {
    out.push(reason(1.5, "mail content is operated by a provider under US jurisdiction, reachable under the CLOUD Act even in an EU region", "legal-se.md §2"));
    if (maxC >= 3) out.push(reason(1, `confidentiality up to level ${maxC} is allowed in e-mail`, "classification.maxConfidentialityInEmail; legal-se.md §4"));
    else out.push(reason(0, `e-mail may hold confidentiality up to level ${maxC} only (guidelines keep level 3+ out)`, "classification.maxConfidentialityInEmail"));
  } else {
    const foreign = i.dataLocation.filter((d) => d.cloudActExposure).map((d) => d.data);
    if (foreign.length) out.push(reason(0.5, `${foreign.join(", ")} are held by a US provider (CLOUD Act); mail content is not`, "legal-se.md §2"));
  }
  if (i.option === "online") {
    const doc = onlineDoc(i);
    out.push(doc?.facts.customerLockbox ?? i.org.online.customerLockbox ? reason(0, "Customer Lockbox gates Microsoft support access", "online.customerLockbox") : reason(0.5, "Customer Lockbox is off: Microsoft support access is not approved case by case", "online.customerLockbox; legal-se.md rule 27"));
    if (!i.org.online.customerKey.enabled && maxC >= 3) out.push(reason(0.5, "no customer-managed key for content at level 3 or above", "online.customerKey; legal-se.md rule 11"));
  } else {
    const published = onpremDoc(i)?.clientAccess.virtualDirectories.filter((v) => v.internetReachable).length ?? 0;
    if (published > 0) {
      out.push(reason(1, `${published} virtual directories are reachable from the internet: on-prem Exchange has had mass-exploited pre-authentication flaws (ProxyLogon 2021, ProxyShell 2021, ProxyNotShell 2022)`, "onprem-exchange.md §6"));
    }
  }
  return out;
}

function integrity(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  if (i.org.classification.email.integrity >= 3) out.push(reason(0.5, `integrity of e-mail is rated level ${i.org.classification.email.integrity}`, "classification.email.integrity"));
  if (i.option === "onprem") {
    const { backup, dag } = i.org.onprem;
    if (backup.kind === "none") out.push(reason(2, "no backup: only DAG copies, which share one AD/Exchange security boundary", "onprem.backup.kind; onprem-exchange.md §2 Backup"));
    else if (backup.kind === "lagged-copy") out.push(reason(1, "the lagged copy is the only backup: it shares the AD/Exchange security boundary, so ransomware or a stolen admin account reaches it too", "onprem.backup.kind; onprem-exchange.md §2 Backup"));
    else out.push(reason(0, "backup software keeps copies outside the DAG", "onprem.backup.kind"));
    if (backup.kind !== "none") {
      const months = backup.lastRestoreTest ? monthsBetween(backup.lastRestoreTest, i.asOf) : undefined;
      if (months === undefined) out.push(reason(1, "no restore test is recorded", "onprem.backup.lastRestoreTest; legal-se.md rule 24"));
      else if (months >= 12) out.push(reason(1, `the last restore test was ${months} months ago`, "onprem.backup.lastRestoreTest; legal-se.md rule 24"));
      else out.push(reason(0, `restore tested ${backup.lastRestoreTest}`, "onprem.backup.lastRestoreTest"));
    }
    const nonLagged = dag.copiesPerDatabase - (dag.laggedCopy ? 1 : 0);
    if (nonLagged < 3) out.push(reason(1, `${nonLagged} non-lagged copies per database; Microsoft asks for at least 3 before relying on native data protection`, "onprem.dag; onprem-exchange.md §2 Backup"));
  } else {
    out.push(reason(0.5, "no copy outside the provider: recovery relies on Microsoft's native data protection, retention policies and inactive mailboxes", "exo-tenant.md §8; retention"));
    if (i.org.retention.leaverMailboxes === "delete") out.push(reason(1, "leavers' mailboxes are deleted with the account", "retention.leaverMailboxes; legal-se.md §5"));
  }
  return out;
}

function availability(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  const t = i.org.classification.email.availability;
  if (i.option === "online") {
    const hours = Math.round((1 - EXO_SLA) * HOURS_PER_YEAR * 10) / 10;
    out.push(
      t >= 3
        ? reason(1, `availability is rated level ${t}, and the 99.9 % monthly SLA allows about ${hours} h of outage a year, compensated only by service credits`, "classification.email.availability; exo-tenant.md §8")
        : reason(0, `the 99.9 % monthly SLA (about ${hours} h a year) fits availability level ${t}`, "exo-tenant.md §8"),
    );
    out.push(reason(0.5, "every client reaches mail over the organization's internet connection and Entra ID sign-in", "option fact"));
    return out;
  }
  const s = i.org.sites;
  if (s.sharedBuilding) out.push(reason(1, "both server rooms are in one building: one fire or flood takes the whole DAG down", "sites.sharedBuilding; onprem-exchange.md §2 Sites"));
  if (s.sharedPower) out.push(reason(1, "both rooms share one power feed", "sites.sharedPower"));
  if (s.sharedNetwork) out.push(reason(0.5, "both rooms share one network route", "sites.sharedNetwork"));
  if (!s.sharedBuilding && !s.sharedPower && !s.sharedNetwork) out.push(reason(0, "the rooms share no building, power or network", "sites"));
  out.push(
    s.witness.kind === "azure-vm"
      ? reason(0.5, `the DAG witness is an Azure VM in ${s.witness.region}, reached over site-to-site VPN from both rooms`, "sites.witness; onprem-exchange.md §2 Witness")
      : reason(0, `the DAG witness is in a third room (${s.witness.name})`, "sites.witness; onprem-exchange.md §2 Witness"),
  );
  const cpu = i.sizing.utilisation.cpuAtWorstFailure;
  if (cpu > 0.8) out.push(reason(1, `CPU at the worst tolerable failure is ${Math.round(cpu * 100)} %, above the 80 % design limit`, "model/sizing; onprem-exchange.md §2 Servers"));
  else out.push(reason(0, `${i.sizing.mailboxServers.total} mailbox servers carry every mailbox at ${Math.round(cpu * 100)} % CPU after losing a room`, "model/sizing"));
  if (t >= 3) out.push(reason(0.5, `availability is rated level ${t}: the organization's own staff must restore service`, "classification.email.availability"));
  return out;
}

function traceability(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  const days = i.org.retention.auditLogRetentionDays;
  const decided = logRetentionDays(i.org);
  if (days < 365) out.push(reason(1, `audit records are kept ${days} days, less than a year`, "retention.auditLogRetentionDays"));
  if (decided > days) {
    // Both generators keep audit records as long as a decision on logs asks (years in days by
    // model/retention-periods.ts); only an option that keeps them shorter is a risk.
    const kept = i.option === "online" ? onlineDoc(i)?.facts.audit.retentionDays : onpremDoc(i)?.audit.adminAuditLog.ageLimitDays;
    if (kept !== undefined && kept < decided) out.push(reason(0.5, `a deletion decision keeps logs ${decided} days, but the option keeps audit records ${kept} days`, "retention.deletionDecisions; RÅ 1998 ref. 44"));
    else out.push(reason(0, `audit records are kept ${kept ?? decided} days, as long as a deletion decision on logs asks (${decided} days; retention.auditLogRetentionDays asks ${days})`, "retention.deletionDecisions"));
  }
  const workspace = i.resources.find((r) => r.type === "azurerm_log_analytics_workspace");
  if (!workspace) out.push(reason(1.5, "no Log Analytics workspace collects the audit and event logs", `${i.option} stack`));
  else out.push(reason(0, `Log Analytics keeps logs ${String(workspace.values.retention_in_days ?? "the default")} days`, `${workspace.address}`));
  if (i.option === "online") {
    const connector = i.resources.some((r) => r.type === "azurerm_sentinel_data_connector_office_365");
    if (!connector) out.push(reason(0.5, "no Sentinel connector brings the Microsoft 365 audit log into the organization's workspace", "online stack"));
  }
  return out;
}

function legal(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  const g = i.org.governance;
  if (i.option === "online") {
    if (i.org.online.providerJurisdiction === "non-EU") {
      out.push(reason(1.5, "the provider can be compelled under US law: eSam counts data made technically available to such a provider as disclosed, and IMY warned of the same risk for EU-stored data", "legal-se.md §2 (eSam 2018/2019/2023, IMY 2021)"));
    }
    const basis = g.transferBasis;
    if (!basis) out.push(reason(1, "no transfer basis for third-country access is recorded", "governance.transferBasis; legal-se.md §2"));
    else if (basis.mechanism === "dpf-adequacy") {
      out.push(reason(0.5, "transfers rest on the EU-US Data Privacy Framework, under appeal at the Court of Justice (C-703/25 P)", "governance.transferBasis; legal-se.md §2"));
      if (!basis.sccFallback) out.push(reason(0.5, "no SCC fallback is ready if the DPF falls", "governance.transferBasis.sccFallback"));
    }
    const outside = (g.processorAgreement?.subProcessorCountries ?? []).filter((country) => !inEea(country));
    if (outside.length) out.push(reason(0.5, `sub-processors work from ${outside.join(", ")}, outside the EU/EEA`, "governance.processorAgreement.subProcessorCountries"));
  } else {
    const foreign = i.dataLocation.filter((d) => d.cloudActExposure).map((d) => d.data);
    if (foreign.length) out.push(reason(0.5, `${foreign.join(", ")} are held in Azure by a US provider: the transfer assessment covers them too`, "legal-se.md §2"));
    out.push(reason(0, "mail content stays with the organization: no disclosure to a provider under OSL", "legal-se.md §1"));
  }
  return out;
}

function technical(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  // CDK for Terraform is deprecated (exo-tenant.md §0.3); both options' Azure side uses it.
  out.push(reason(0.5, "the Azure side is declared with CDK for Terraform, deprecated since 2025-12-10", "exo-tenant.md §0.3"));
  if (i.option === "onprem") {
    const o = i.org.onprem;
    if (o.exchangeVersion !== "SE") out.push(reason(2, `Exchange Server ${o.exchangeVersion} has been out of support since 14 Oct 2025`, "onprem.exchangeVersion; onprem-exchange.md §1"));
    const passes = i.org.cost.usage.onpremMaintenanceWindowsPerYear;
    const servers = i.sizing.mailboxServers.total + (o.edge.enabled ? 2 * o.edge.serversPerRoom : 0);
    const updates = passes * servers;
    out.push(reason(updates >= 40 ? 1.5 : 1, `patching burden: ${passes} maintenance passes a year (about 7 SU/HU plus 2 CUs) over ${servers} Exchange servers = ${updates} server updates a year, only the latest CU supported`, "cost.usage.onpremMaintenanceWindowsPerYear; onprem-exchange.md §1, §7"));
    out.push(reason(0.5, "emergency out-of-band patching has been needed (CISA ED 21-02, ED 25-02)", "onprem-exchange.md §6"));
    if (o.patching.maxDaysToApply > 14) out.push(reason(0.5, `security updates may wait ${o.patching.maxDaysToApply} days`, "onprem.patching.maxDaysToApply"));
  } else {
    out.push(reason(0.5, "Exchange Online settings have no Graph write API: they are applied through Exchange Online PowerShell's InvokeCommand endpoint, which Microsoft has not published as a supported API", "exo-tenant.md §6"));
    out.push(reason(0, "Microsoft patches and runs the servers", "option fact"));
  }
  return out;
}

function economic(i: RiskInput): RiskReason[] {
  const out: RiskReason[] = [];
  const totals = i.cost.options.map((o) => ({ option: o.option, tco: o.totals.cash }));
  const mine = i.cost.options.find((o) => o.option === i.option)!;
  const cheapest = Math.min(...totals.map((t) => t.tco));
  const ratio = cheapest > 0 ? mine.totals.cash / cheapest : 1;
  const pct = Math.round((ratio - 1) * 100);
  if (ratio > 1.5) out.push(reason(2, `TCO over ${i.cost.years} years is ${pct} % above the cheaper option`, "cost module"));
  else if (ratio > 1.2) out.push(reason(1, `TCO over ${i.cost.years} years is ${pct} % above the cheaper option`, "cost module"));
  else if (ratio > 1.05) out.push(reason(0.5, `TCO over ${i.cost.years} years is ${pct} % above the cheaper option`, "cost module"));
  else out.push(reason(0, `TCO over ${i.cost.years} years is the lowest or within 5 % of it`, "cost module"));
  const unpriced = i.cost.unpriced.filter((u) => u.option === i.option).length;
  if (unpriced) out.push(reason(0.5, `${unpriced} cost item(s) have no public price and are not in the totals`, "cost/catalog"));
  if (mine.totals.cash > 0 && mine.totals.oneOff / mine.totals.cash > 0.5) {
    out.push(reason(0.5, `${Math.round((mine.totals.oneOff / mine.totals.cash) * 100)} % of the TCO is one-off spending`, "cost module"));
  }
  if (i.cost.sensitivity?.cases.some((c) => c.flips)) out.push(reason(0.5, "a +-20 % change in a price driver changes which option is cheaper", "cost/sensitivity"));
  return out;
}
