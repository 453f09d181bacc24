// The data-location map: for each kind of data of an option, where it lives, who runs it
// and which jurisdictions can reach it. Derived from the organization file, the
// synthesized resources (regions of vaults and workspaces) and the generated documents.
// Sources: uscode-cloud-act (a US provider discloses wherever data is stored),
// learn-eu-data-boundary (its exceptions), learn-customer-key.
import type { OptionId } from "../cost/types";
import type { ReportMessages } from "../i18n/catalog";
import type { InventoryResource } from "../inventory/terraform";
import type { ExchangeOnlineDocument } from "../model/exchange-online/document";
import type { OrganizationFile } from "../model/schema";
import { dataLocationJurisdiction, operatorJurisdictions, regionCountry } from "./jurisdictions";
import type { DataLocation } from "./model";

interface Input {
  option: OptionId;
  org: OrganizationFile;
  resources: InventoryResource[];
  documents: Record<string, unknown>;
  t: ReportMessages;
}

export function dataLocationMap(input: Input): DataLocation[] {
  return input.option === "onprem" ? onpremMap(input) : onlineMap(input);
}

/** Azure resources of some types, each with its name and region as synthesized. */
function placed(resources: InventoryResource[], type: string): { name: string; region: string }[] {
  return resources
    .filter((r) => r.type === type)
    .map((r) => ({ name: String(r.values.name ?? r.name), region: String(r.values.location ?? "unknown") }));
}

const named = (places: { name: string; region: string }[]) => places.map((p) => `${p.name} (${p.region})`).join(", ");

function azureEntry(input: Input, places: { region: string }[], extraJurisdictions: string[] = []): Pick<DataLocation, "operator" | "jurisdictions" | "cloudActExposure"> {
  const foreign = operatorJurisdictions(input.org.online.providerJurisdiction, input.t);
  return {
    operator: input.t.dataLocation.microsoft,
    jurisdictions: unique([...places.map((p) => regionCountry(p.region, input.t)), ...extraJurisdictions, ...foreign]),
    cloudActExposure: foreign.length > 0,
  };
}

function onpremMap(input: Input): DataLocation[] {
  const { org, resources, t } = input;
  const l = t.dataLocation;
  const own = { operator: l.ownRooms(org.organization.name), jurisdictions: [org.organization.country], cloudActExposure: false };
  const rooms = `${l.rooms(org.sites.primary.name, org.sites.recovery.name)}${org.sites.sharedBuilding ? l.oneBuilding : ""}`;
  const backup = org.onprem.backup;
  const workspaces = placed(resources, "azurerm_log_analytics_workspace");
  const vaults = placed(resources, "azurerm_key_vault");
  const managed = resources.filter((r) => r.type === "azurerm_arc_machine" || r.type === "azurerm_windows_virtual_machine");
  const arcRegions = placed(resources, "azurerm_resource_group");
  const witness = org.sites.witness.kind === "azure-vm" ? [{ region: org.sites.witness.region }] : [];
  return [
    { data: "mail-content", location: l.mailOnprem(rooms, org.onprem.dag.copiesPerDatabase), ...own, basis: ["sites.primary.name", "sites.recovery.name", "sites.sharedBuilding", "onprem.dag.copiesPerDatabase"] },
    {
      data: "backups",
      location: backup.kind === "backup-software" ? l.backupSoftware : backup.kind === "lagged-copy" ? l.backupLagged(org.onprem.dag.replayLagDays) : l.backupNone,
      ...own,
      basis: ["onprem.backup.kind", "onprem.dag.laggedCopy"],
    },
    {
      data: "logs",
      location: workspaces.length ? l.logsWithWorkspace(named(workspaces)) : l.logsServersOnly,
      ...(workspaces.length ? azureEntry(input, workspaces, [org.organization.country]) : own),
      basis: ["azurerm_log_analytics_workspace (onprem stack)", "online.providerJurisdiction"],
    },
    {
      data: "keys",
      location: vaults.length ? l.keysVault(named(vaults)) : l.keysServers,
      ...(vaults.length ? azureEntry(input, vaults) : own),
      basis: ["azurerm_key_vault (onprem stack)", "online.providerJurisdiction"],
    },
    {
      data: "management-metadata",
      location: l.metadataOnprem(managed.length, unique(arcRegions.map((r) => r.region)).join(", ") || l.managementRegion, org.sites.witness.kind === "azure-vm" ? l.witnessVm(org.sites.witness.region) : ""),
      ...azureEntry(input, [...arcRegions, ...witness]),
      basis: ["azurerm_arc_machine (onprem stack)", "sites.witness", "online.providerJurisdiction"],
    },
  ];
}

function onlineMap(input: Input): DataLocation[] {
  const { org, resources, documents, t } = input;
  const l = t.dataLocation;
  const doc = documents["exchange-online-configuration.json"] as ExchangeOnlineDocument | undefined;
  const residency = doc?.facts.dataResidency;
  const location = residency?.tenantDataLocation ?? org.online.dataLocation;
  const adr = residency?.advancedDataResidency ?? org.online.advancedDataResidency;
  const boundary = residency?.euDataBoundary ?? (location === "EU" || location === "SE");
  const foreign = operatorJurisdictions(residency?.providerJurisdiction ?? org.online.providerJurisdiction, t);
  const service = { operator: l.microsoft, jurisdictions: unique([dataLocationJurisdiction(location, t), ...foreign]), cloudActExposure: foreign.length > 0 };
  const workspaces = placed(resources, "azurerm_log_analytics_workspace");
  const vaults = placed(resources, "azurerm_key_vault");
  const audit = doc?.facts.audit;
  return [
    { data: "mail-content", location: l.mailOnline(location, adr, boundary), ...service, basis: ["online.dataLocation", "online.advancedDataResidency", "online.providerJurisdiction"] },
    { data: "backups", location: l.backupsOnline, ...service, basis: ["retention.leaverMailboxes", "retention.deletionDecisions"] },
    {
      data: "logs",
      location: l.logsOnline(audit ? l.auditRetention(audit.retentionDuration, audit.retentionDays) : l.defaultRetention, named(workspaces)),
      ...service,
      jurisdictions: unique([...service.jurisdictions, ...workspaces.map((w) => regionCountry(w.region, t))]),
      basis: ["retention.auditLogRetentionDays", "azurerm_log_analytics_workspace (online stack)"],
    },
    {
      data: "keys",
      location: vaults.length ? l.keysCustomerKey(named(vaults)) : l.keysMicrosoft,
      ...(vaults.length ? azureEntry(input, vaults) : service),
      basis: ["online.customerKey.enabled", "azurerm_key_vault (online stack)"],
    },
    {
      data: "management-metadata",
      location: l.metadataOnline,
      ...service,
      jurisdictions: unique([...service.jurisdictions, t.jurisdiction.directoryReplication]),
      basis: ["online.providerJurisdiction", "learn-eu-data-boundary"],
    },
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
