// Each drifted property TCM reports, with the organization-file field it comes from: drifts
// name the baseline resource by its display name (source: learn-graph-configurationdrift),
// which the declared monitor maps back to the field.
import { originOf, type ConfigurationDrift, type Origin } from "./body";
import type { TcmMonitor } from "./monitor";

export interface DriftedProperty {
  resource: string;
  resourceType: string;
  /** What identifies the drifted object in the tenant (for example {"Identity": "Default"}). */
  instance: Record<string, unknown>;
  property: string;
  desired: unknown;
  current: unknown;
  /** The organization-file field; null when exchange-iac always declares the value. */
  field: Origin;
  /** False when the resource is not in the monitor the organization file gives today (run tenant monitor). */
  declared: boolean;
  firstReported: string | null;
}

export function driftedProperties(drifts: ConfigurationDrift[], monitor: TcmMonitor): DriftedProperty[] {
  return drifts.flatMap((drift) => {
    const declared = monitor.declared.find((entry) => entry.resource.displayName === drift.baselineResourceDisplayName);
    return (drift.driftedProperties ?? []).map((property) => ({
      resource: drift.baselineResourceDisplayName,
      resourceType: drift.resourceType,
      instance: drift.resourceInstanceIdentifier ?? {},
      property: property.propertyName,
      desired: property.desiredValue,
      current: property.currentValue,
      field: declared ? originOf(declared, property.propertyName) : null,
      declared: declared !== undefined,
      firstReported: drift.firstReportedDateTime ?? null,
    }));
  });
}
