// Tenant Configuration Management through Graph v1.0: the one monitor exchange-iac keeps,
// found again by its display name, created or updated in place only when its baseline differs
// (an update deletes the monitor's earlier results and drifts, so an unchanged one is left
// alone), and the drifts it found (sources: learn-graph-create-configurationmonitor,
// learn-graph-update-configurationmonitor, learn-graph-list-configurationdrifts,
// learn-tcm-api-overview).
import type { BaselineResource, ConfigurationDrift, TcmMonitorBody } from "../../model/tcm/body";
import { equalValues } from "../../model/exchange-online/plan";
import { TCM_LIMITS } from "../../model/tcm/reference";
import { GraphAnswerError, type GraphClient } from "./graph-client";

const MONITORS = "/admin/configurationManagement/configurationMonitors";
const DRIFTS = "/admin/configurationManagement/configurationDrifts";
/** Least-privileged application permissions (source: learn-tcm-authentication-setup). */
export const READ = "ConfigurationMonitoring.Read.All";
export const READ_WRITE = "ConfigurationMonitoring.ReadWrite.All";
/** driftedProperties and resourceInstanceIdentifier come back only when selected. */
const DRIFT_FIELDS = "id,monitorId,resourceType,baselineResourceDisplayName,resourceInstanceIdentifier,status,firstReportedDateTime,driftedProperties";

export interface MonitorSummary {
  id: string;
  displayName: string;
  description?: string;
  /** active or inactive; an inactive monitor checks nothing. */
  status?: string;
  inactivationReason?: string;
}

export type MonitorAction = "created" | "updated" | "unchanged";

/** The tenant's state does not allow the request (two monitors share the name, or no room for another). */
export class TcmStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TcmStateError";
  }
}

export interface TcmAdapter {
  findMonitor(displayName: string): Promise<MonitorSummary | undefined>;
  /** Creates the monitor, or updates its baseline in place; changes nothing when it already matches. */
  ensureMonitor(body: TcmMonitorBody): Promise<{ action: MonitorAction; monitor: MonitorSummary }>;
  /** The monitor's drifts that are still active. */
  activeDrifts(monitorId: string): Promise<ConfigurationDrift[]>;
}

export function createTcmAdapter(graph: GraphClient): TcmAdapter {
  const listMonitors = () => graph.list<MonitorSummary>(`${MONITORS}?$select=id,displayName,description,status,inactivationReason`, READ);

  async function findMonitor(displayName: string, monitors?: MonitorSummary[]): Promise<MonitorSummary | undefined> {
    const matches = (monitors ?? (await listMonitors())).filter((monitor) => monitor.displayName === displayName);
    if (matches.length > 1) {
      throw new TcmStateError(`${matches.length} monitors are named "${displayName}" (${matches.map((monitor) => monitor.id).join(", ")}); delete all but one so exchange-iac knows which it keeps`);
    }
    return matches[0];
  }

  return {
    findMonitor: (displayName) => findMonitor(displayName),
    async ensureMonitor(body) {
      const monitors = await listMonitors();
      const existing = await findMonitor(body.displayName, monitors);
      if (!existing) {
        if (monitors.length >= TCM_LIMITS.monitorsPerTenant) {
          throw new TcmStateError(`the tenant already has ${monitors.length} monitors, the most Tenant Configuration Management allows (${TCM_LIMITS.monitorsPerTenant}); delete one to add "${body.displayName}"`);
        }
        const created = await graph.post<MonitorSummary>(MONITORS, body, READ_WRITE);
        // Without an id the monitor cannot be found, read or updated: not a success.
        if (!created || typeof created.id !== "string" || created.id === "") throw new GraphAnswerError("POST", MONITORS, "the service answered the create without the new monitor's id");
        return { action: "created", monitor: { ...created, displayName: typeof created.displayName === "string" ? created.displayName : body.displayName } };
      }
      const baseline = await graph.get<TcmMonitorBody["baseline"]>(`${MONITORS}/${encodeURIComponent(existing.id)}/baseline`, READ);
      const inactive = existing.status !== undefined && existing.status !== "active";
      const same = existing.description === body.description && sameBaseline(baseline, body.baseline);
      if (same && !inactive) return { action: "unchanged", monitor: existing };
      // An inactive monitor checks nothing: the declared one is active (source: learn-graph-update-configurationmonitor).
      // The baseline is sent only when it differs, since sending it deletes the monitor's drifts.
      const patch = same ? { status: "active" } : { ...body, ...(inactive ? { status: "active" } : {}) };
      await graph.patch(`${MONITORS}/${encodeURIComponent(existing.id)}`, patch, READ_WRITE);
      return { action: "updated", monitor: { ...existing, description: body.description, status: "active" } };
    },
    async activeDrifts(monitorId) {
      const filter = encodeURIComponent(`monitorId eq '${monitorId.replace(/'/g, "''")}'`);
      const drifts = await graph.list<ConfigurationDrift>(`${DRIFTS}?$filter=${filter}&$select=${DRIFT_FIELDS}`, READ);
      // Fixed drifts stay listed for 30 days after they were resolved.
      return drifts.filter((drift) => drift.status === "active");
    },
  };
}

/** The same resources with the same properties, whatever order the service returns them in. */
function sameBaseline(current: TcmMonitorBody["baseline"] | undefined, desired: TcmMonitorBody["baseline"]): boolean {
  if (!current) return false;
  const comparable = (baseline: TcmMonitorBody["baseline"]) => ({
    displayName: baseline.displayName,
    description: baseline.description ?? "",
    resources: (baseline.resources ?? []).map((resource: BaselineResource) => ({
      displayName: resource.displayName,
      resourceType: resource.resourceType.toLowerCase(),
      properties: resource.properties,
    })),
  });
  return equalValues(comparable(current), comparable(desired));
}
