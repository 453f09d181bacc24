// Gathers what the rules read for each option, from artifacts only: the stack's Terraform
// JSON (synthesized here, or a plan given by the user) and the documents generated beside it.
import { readFileSync } from "node:fs";
import { inventoryFromPlan, type InventoryResource } from "../inventory/terraform";
import { synthesizeToJson } from "../inventory/from-stacks";
import { inventoryFromSynth } from "../inventory/terraform";
import { InputError } from "../model/input-error";
import type { OrganizationFile } from "../model/schema";
import { STACKS } from "../stacks/registry";
import type { HostingOption, PolicyInput } from "./types";

/** The JSON documents a stack generates, parsed, by file name. */
export function stackDocuments(org: OrganizationFile, option: HostingOption): Record<string, unknown> {
  const definition = STACKS.find((stack) => stack.id === option);
  const documents = definition?.documents?.(org) ?? {};
  return Object.fromEntries(
    Object.entries(documents)
      .filter(([name]) => name.endsWith(".json"))
      .map(([name, text]) => [name, JSON.parse(text)]),
  );
}

export function readPlanFile(path: string, stack: string): InventoryResource[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError("--plan", JSON.stringify(path), "a readable plan file (terraform show -json plan > plan.json)");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError("--plan", JSON.stringify(path), `JSON (${(error as Error).message})`);
  }
  return inventoryFromPlan(stack, json, path);
}

export function policyInputs(org: OrganizationFile, options: HostingOption[], asOf: string, plan?: { option: HostingOption; resources: InventoryResource[] }): PolicyInput[] {
  const synthesized = synthesizeToJson(org, options.filter((option) => option !== plan?.option));
  return options.map((option) => ({
    option,
    org,
    resources: plan?.option === option ? plan.resources : synthesized.has(option) ? inventoryFromSynth(option, synthesized.get(option)!) : [],
    documents: stackDocuments(org, option),
    asOf,
  }));
}
