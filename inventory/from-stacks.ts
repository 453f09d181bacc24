// Synthesizes an organization's stacks into a private temporary directory and reads the
// generated cdk.tf.json back: the same artifact `exchange-iac synth` writes, so what is
// checked and priced is exactly what would be deployed.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OrganizationFile } from "../model/schema";
import { buildApp } from "../stacks/app";
import type { StackId } from "../stacks/registry";
import { inventoryFromSynth, type InventoryResource, type TerraformJson } from "./terraform";

export function synthesizeToJson(org: OrganizationFile, only?: StackId[]): Map<string, TerraformJson> {
  const outdir = mkdtempSync(join(tmpdir(), "exchange-iac-synth-"));
  try {
    // The policies are judged by the readers of these artifacts, not enforced here.
    const { app, stacks } = buildApp(org, outdir, only, false);
    app.synth();
    return new Map(
      stacks.map((stack) => [stack.node.id, JSON.parse(readFileSync(join(outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"))]),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export function stackInventory(org: OrganizationFile, only?: StackId[]): InventoryResource[] {
  return [...synthesizeToJson(org, only)].flatMap(([stack, json]) => inventoryFromSynth(stack, json));
}
