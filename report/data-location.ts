// The data-location map: for each kind of data of an option, where it lives, who runs it
// and which jurisdictions can reach it. Derived from the organization file, the
// synthesized resources (regions of vaults and workspaces) and the generated documents.
// Sources: ../shared/reference/legal-se.md §2 (CLOUD Act, EU Data Boundary),
// ../shared/reference/exo-tenant.md §3 (EU Data Boundary exceptions, ADR) and §4 (Customer Key).
import type { OptionId } from "../cost/types";
import type { InventoryResource } from "../inventory/terraform";
import type { ExchangeOnlineDocument } from "../model/exchange-online/document";
import type { OrganizationFile } from "../model/schema";
import { dataLocationJurisdiction, operatorJurisdictions, regionCountry } from "./jurisdictions";
import type { DataLocation } from "./model";

const MICROSOFT = "Microsoft (Azure / Microsoft 365)";

interface Input {
  option: OptionId;
  org: OrganizationFile;
  resources: InventoryResource[];
  documents: Record<string, unknown>;
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

function azureEntry(org: OrganizationFile, places: { region: string }[], extraJurisdictions: string[] = []): Pick<DataLocation, "operator" | "jurisdictions" | "cloudActExposure"> {
  const foreign = operatorJurisdictions(org.online.providerJurisdiction);
  return {
    operator: MICROSOFT,
    jurisdictions: unique([...places.map((p) => regionCountry(p.region)), ...extraJurisdictions, ...foreign]),
    cloudActExposure: foreign.length > 0,
  };
}

function onpremMap({ org, resources }: Input): DataLocation[] {
  const own = { operator: `${org.organization.name} (own server rooms)`, jurisdictions: [org.organization.country], cloudActExposure: false };
  const rooms = `"${org.sites.primary.name}" and "${org.sites.recovery.name}"`;
  const shared = org.sites.sharedBuilding ? " (one building)" : "";
  const backup = org.onprem.backup;
  const workspaces = placed(resources, "azurerm_log_analytics_workspace");
  const vaults = placed(resources, "azurerm_key_vault");
  const managed = resources.filter((r) => r.type === "azurerm_arc_machine" || r.type === "azurerm_windows_virtual_machine");
  const arcRegions = placed(resources, "azurerm_resource_group");
  return [
    {
      data: "mail-content",
      location: `mailbox databases on the organization's own hosts in ${rooms}${shared}, ${org.onprem.dag.copiesPerDatabase} copies per database`,
      ...own,
      basis: ["sites.primary.name", "sites.recovery.name", "sites.sharedBuilding", "onprem.dag.copiesPerDatabase"],
    },
    {
      data: "backups",
      location:
        backup.kind === "backup-software"
          ? "the organization's backup system (its location is not declared in the organization file)"
          : backup.kind === "lagged-copy"
            ? `the lagged database copy (${org.onprem.dag.replayLagDays} days' replay lag) in the same DAG and rooms`
            : "none: only the DAG's database copies",
      ...own,
      basis: ["onprem.backup.kind", "onprem.dag.laggedCopy"],
    },
    {
      data: "logs",
      location: workspaces.length
        ? `Exchange and system event logs on the servers, and in Log Analytics ${workspaces.map((w) => `${w.name} (${w.region})`).join(", ")} through the Azure Monitor agent`
        : "Exchange and system event logs on the servers only",
      ...(workspaces.length ? azureEntry(org, workspaces, [org.organization.country]) : own),
      basis: ["azurerm_log_analytics_workspace (onprem stack)", "online.providerJurisdiction"],
    },
    {
      data: "keys",
      location: vaults.length ? `TLS certificates and their private keys in Key Vault ${vaults.map((v) => `${v.name} (${v.region})`).join(", ")}` : "TLS certificates on the servers",
      ...(vaults.length ? azureEntry(org, vaults) : own),
      basis: ["azurerm_key_vault (onprem stack)", "online.providerJurisdiction"],
    },
    {
      data: "management-metadata",
      location: `Azure Resource Manager: the Arc-enabled SCVMM inventory of ${managed.length} machine(s) (names, sizes, networks) in ${unique(arcRegions.map((r) => r.region)).join(", ") || "the management region"}${org.sites.witness.kind === "azure-vm" ? `, and the DAG witness VM in ${org.sites.witness.region}` : ""}`,
      ...azureEntry(org, [...arcRegions, ...(org.sites.witness.kind === "azure-vm" ? [{ region: org.sites.witness.region }] : [])]),
      basis: ["azurerm_arc_machine (onprem stack)", "sites.witness", "online.providerJurisdiction"],
    },
  ];
}

function onlineMap({ org, resources, documents }: Input): DataLocation[] {
  const doc = documents["exchange-online-configuration.json"] as ExchangeOnlineDocument | undefined;
  const residency = doc?.facts.dataResidency;
  const location = residency?.tenantDataLocation ?? org.online.dataLocation;
  const adr = residency?.advancedDataResidency ?? org.online.advancedDataResidency;
  const boundary = residency?.euDataBoundary ?? (location === "EU" || location === "SE");
  const foreign = operatorJurisdictions(residency?.providerJurisdiction ?? org.online.providerJurisdiction);
  const service = {
    operator: MICROSOFT,
    jurisdictions: unique([dataLocationJurisdiction(location), ...foreign]),
    cloudActExposure: foreign.length > 0,
  };
  const where = `Exchange Online, data location ${location}${adr ? " with Advanced Data Residency (mailbox content at rest in the local region)" : ""}${boundary ? ", inside the EU Data Boundary (remote access by Microsoft staff and security response may still leave it)" : ""}`;
  const workspaces = placed(resources, "azurerm_log_analytics_workspace");
  const vaults = placed(resources, "azurerm_key_vault");
  const audit = doc?.facts.audit;
  return [
    { data: "mail-content", location: where, ...service, basis: ["online.dataLocation", "online.advancedDataResidency", "online.providerJurisdiction"] },
    {
      data: "backups",
      location: "inside the service only: Microsoft's native data protection (database copies in the same geography), retention policies and inactive mailboxes; no copy outside the provider",
      ...service,
      basis: ["retention.leaverMailboxes", "retention.deletionDecisions"],
    },
    {
      data: "logs",
      location: `unified audit log in Microsoft 365 (${audit ? `${audit.retentionDuration}, ${audit.retentionDays} days` : "default retention"})${workspaces.length ? `, and Log Analytics ${workspaces.map((w) => `${w.name} (${w.region})`).join(", ")} with Sentinel` : ""}`,
      ...service,
      jurisdictions: unique([...service.jurisdictions, ...workspaces.map((w) => regionCountry(w.region))]),
      basis: ["retention.auditLogRetentionDays", "azurerm_log_analytics_workspace (online stack)"],
    },
    {
      data: "keys",
      location: vaults.length
        ? `Customer Key: customer-managed RSA-HSM keys in Key Vault ${vaults.map((v) => `${v.name} (${v.region})`).join(", ")}; Microsoft holds the availability key and unwraps keys to serve mail`
        : "Microsoft-managed service encryption keys",
      ...(vaults.length ? azureEntry(org, vaults) : service),
      basis: ["online.customerKey.enabled", "azurerm_key_vault (online stack)"],
    },
    {
      data: "management-metadata",
      location: "Entra ID directory and tenant configuration (directory replication is among the transfers that may leave the EU Data Boundary)",
      ...service,
      jurisdictions: unique([...service.jurisdictions, "outside the EU (directory replication)"]),
      basis: ["online.providerJurisdiction", "exo-tenant.md §3"],
    },
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
