// The shape of a TCM monitor as Graph takes it (sources: learn-graph-create-configurationmonitor,
// learn-graph-baselineresource), and what exchange-iac keeps beside each baseline resource: the
// organization-file field each property comes from, so a drift can point at what to edit.
import type { TcmResourceType } from "./reference";

export type TcmValue = string | number | boolean | TcmValue[] | { [key: string]: TcmValue };

export interface BaselineResource {
  /** Unique within the baseline; drifts name the resource by it. */
  displayName: string;
  resourceType: TcmResourceType;
  properties: Record<string, TcmValue>;
}

export interface TcmMonitorBody {
  displayName: string;
  description: string;
  baseline: { displayName: string; description: string; resources: BaselineResource[] };
}

/** An organization-file field (a dotted path), or null for a value exchange-iac always declares. */
export type Origin = string | null;

export interface DeclaredResource {
  resource: BaselineResource;
  /** Where the resource as a whole comes from (its existence, its name). */
  origin: Origin;
  /** Properties that come from another field than the resource as a whole. */
  propertyOrigins: Record<string, Origin>;
}

/** Something the organization file declares that the monitor cannot watch, and why. */
export interface NotCovered {
  what: string;
  field: Origin;
  reason: string;
}

export function originOf(declared: DeclaredResource, property: string): Origin {
  return Object.hasOwn(declared.propertyOrigins, property) ? declared.propertyOrigins[property]! : declared.origin;
}

/** A drift as Graph lists it (sources: learn-graph-configurationdrift, learn-graph-driftedproperty). */
export interface ConfigurationDrift {
  id: string;
  monitorId: string;
  tenantId?: string;
  resourceType: string;
  baselineResourceDisplayName: string;
  resourceInstanceIdentifier?: Record<string, unknown>;
  status: "active" | "fixed" | string;
  firstReportedDateTime?: string;
  driftedProperties?: { propertyName: string; desiredValue: unknown; currentValue: unknown }[];
}
