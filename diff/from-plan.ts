// A diff from a `terraform show -json` plan: the plan already compares the deployed state
// (each change's `before`) with what the code declares (`after`). Base is the state, head
// the plan; both are judged by the same policies and priced by the same cost module.
import { estimateCost } from "../cost/estimate";
import type { OptionId } from "../cost/types";
import type { InventoryResource } from "../inventory/terraform";
import type { OrganizationFile } from "../model/schema";
import { RULES } from "../policies/catalog";
import { evaluate } from "../policies/engine";
import { TENANT_DOCUMENT, tenantDocument } from "../inventory/tenant";
import { readPlanJson, stackDocuments } from "../inventory/option-inputs";
import { inventoryFromPlan } from "../inventory/terraform";
import { type PlanJson, redactedDrift } from "../inventory/plan-json";
import { resourceChange, type ResourceChange } from "./compute";
import type { Side } from "./side";
import { resourcesByAddress, snapshotFinding, snapshotOptionCost, stackFacts, type Snapshot } from "./snapshot";

/**
 * Resources as they are before the plan (each change's redacted `before`) and after it. The
 * plan file is read once, redacted by its sensitivity maps (inventory/plan-json.ts).
 */
export function planSides(path: string, stack: string): { before: InventoryResource[]; after: InventoryResource[]; drifted: ResourceChange[] } {
  const raw = readPlanJson(path);
  const planned = inventoryFromPlan(stack, raw, path); // refuses a plan it cannot read whole
  // "no-op": the state as it stands, judged as plan resources like the head.
  const before = planned.filter((r) => r.before).map((r) => ({ ...r, values: r.before!, actions: ["no-op" as const] }));
  const after = planned.filter((r) => !(r.actions?.length === 1 && r.actions[0] === "delete"));
  return { before, after, drifted: driftedOutsideTerraform(raw as PlanJson) };
}

/**
 * What refresh found changed outside Terraform since the last apply (the plan's
 * resource_drift, redacted): the plan's own changes to those resources bring them back to the
 * code, so a reviewer must see them apart from what the pull request changes.
 */
function driftedOutsideTerraform(raw: PlanJson): ResourceChange[] {
  return redactedDrift(raw)
    .filter((drift) => !drift.mode || drift.mode === "managed")
    .map((drift) => resourceChange(drift.address, drift.type, drift.change.before ?? {}, drift.change.after ?? {}))
    .sort((a, b) => a.address.localeCompare(b.address));
}

export async function snapshotsFromPlan(org: OrganizationFile, option: OptionId, path: string, asOf: string, onRead: () => void = () => {}): Promise<{ base: Snapshot; head: Snapshot }> {
  const { before, after, drifted } = planSides(path, option);
  onRead(); // a plan that cannot be read is refused before any progress is shown
  const documents = { ...stackDocuments(org, option), [TENANT_DOCUMENT]: tenantDocument(org) };
  const snapshot = (side: Side, resources: InventoryResource[]): Snapshot => {
    const cost = estimateCost(org, resources, [option]);
    const totals = cost.options[0]!.totals;
    return {
      side,
      stacks: { [option]: { resources: resourcesByAddress(resources), facts: stackFacts(option, documents) } },
      cost: { years: cost.years, options: { [option]: snapshotOptionCost(totals) } },
      findings: evaluate(RULES, { option, org, resources, documents, asOf }).map(snapshotFinding),
    };
  };
  const head = snapshot({ kind: "plan", path }, after);
  head.stacks[option]!.drifted = drifted;
  return { base: snapshot({ kind: "deployed-state", option }, before), head };
}
