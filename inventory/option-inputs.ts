// Gathers what the rules read for each option, from artifacts only: the stack's Terraform
// JSON (synthesized here, or a plan given by the user) and the documents generated beside it.
import { InputError } from "../model/input-error";
import { INPUT_LIMITS, readBoundedText } from "../model/read-bounded";
import type { OrganizationFile } from "../model/schema";
import { parsedDocuments } from "../stacks/documents";
import { STACK_IDS, type StackId } from "../stacks/stack-ids";
import type { HostingOption, PolicyInput } from "../policies/types";
import { inventoryFromPlan, inventoryFromSynth, type InventoryResource, type TerraformJson } from "./terraform";
import { TENANT_DOCUMENT, tenantDocument } from "./tenant";

/** The JSON documents a stack generates, parsed, by file name. */
export function stackDocuments(org: OrganizationFile, option: HostingOption): Record<string, unknown> {
  return (STACK_IDS as readonly string[]).includes(option) ? parsedDocuments(option as StackId, org) : {};
}

export function readPlanFile(path: string, stack: string): InventoryResource[] {
  return inventoryFromPlan(stack, readPlanJson(path), path);
}

/** The plan file parsed, not yet checked (inventoryFromPlan checks it). */
export function readPlanJson(path: string): unknown {
  const text = readBoundedText(path, "--plan", INPUT_LIMITS.plan, "a readable plan file (terraform show -json plan > plan.json)");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError("--plan", JSON.stringify(path), `JSON (${(error as Error).message})`);
  }
}

/**
 * The inputs of every option: its stack's resources (synthesized, or the user's plan), the
 * documents generated beside the stack, and the Entra tenant, which both options share.
 */
export async function policyInputs(org: OrganizationFile, options: HostingOption[], asOf: string, plan?: { option: HostingOption; resources: InventoryResource[] }): Promise<PolicyInput[]> {
  const toSynthesize = options.filter((option) => option !== plan?.option);
  // cdktf is loaded only when a stack is synthesized (a plan for the only option needs none).
  const synthesized = toSynthesize.length ? (await import("./from-stacks")).synthesizeToJson(org, toSynthesize) : new Map<string, TerraformJson>();
  const tenant = tenantDocument(org);
  return options.map((option) => ({
    option,
    org,
    resources: plan?.option === option ? plan.resources : synthesized.has(option) ? inventoryFromSynth(option, synthesized.get(option)!) : [],
    documents: { ...stackDocuments(org, option), [TENANT_DOCUMENT]: tenant },
    asOf,
  }));
}
