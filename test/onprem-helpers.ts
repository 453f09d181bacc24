// Synthesizes the onprem stack for an organization with cdktf's Testing helpers and gives
// typed access to the generated Terraform JSON.
import { Testing } from "cdktf";
import { parseOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { OnpremStack } from "../stacks/onprem";
import { exampleWith } from "./helpers/example";

export type Body = Record<string, any>;
export interface SynthJson {
  resource: Record<string, Record<string, Body>>;
  data: Record<string, Record<string, Body>>;
  variable: Record<string, Body>;
}

export function orgWith(change: (data: Record<string, any>) => void = () => {}): OrganizationFile {
  return parseOrganization(exampleWith(change));
}

export function synthOnprem(org: OrganizationFile): SynthJson {
  const app = Testing.app();
  const stack = new OnpremStack(app, "onprem", org);
  return JSON.parse(Testing.synth(stack));
}

export function resources(json: SynthJson, type: string): [string, Body][] {
  return Object.entries(json.resource[type] ?? {});
}

/** "${azurerm_x.name.id}" -> "name" */
export function referencedName(reference: string): string {
  const match = /^\$\{[a-z_]+\.([^.]+)\.[a-z_]+\}$/.exec(reference);
  if (!match) throw new Error(`not a plain resource reference: ${reference}`);
  return match[1]!;
}

/** The VMM object name an SCVMM resource was looked up by in the inventory. */
export function inventoryName(body: Body): string {
  const match = /item\.name == "([^"]+)"/.exec(body.system_center_virtual_machine_manager_server_inventory_item_id);
  if (!match) throw new Error("no inventory lookup by name");
  return match[1]!;
}
