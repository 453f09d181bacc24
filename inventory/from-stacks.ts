// Synthesizes an organization's stacks into a private temporary directory and reads the
// generated cdk.tf.json back: the same artifact `exchange-iac synth` writes, so what is
// checked and priced is exactly what would be deployed.
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TerraformStack } from "cdktf";
import type { OrganizationFile } from "../model/schema";
import { buildApp } from "../stacks/app";
import type { StackId } from "../stacks/registry";
import { inventoryFromSynth, type InventoryResource, type TerraformJson } from "./terraform";

export function synthesizeToJson(org: OrganizationFile, only?: StackId[]): Map<string, TerraformJson> {
  const outdir = scratchDirectory();
  // The policies are judged by the readers of these artifacts, not enforced here.
  const { app, stacks } = buildApp(org, outdir, only, false);
  stacks.forEach(withoutCrossStackDiscovery);
  app.synth();
  return new Map(stacks.map((stack) => [stack.node.id, JSON.parse(readFileSync(join(outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"))]));
}

/**
 * Before it synthesizes, cdktf resolves every stack once more in a "preparing" pass, only to
 * discover references from one stack to another and declare the remote state they need
 * (cdktf 0.21: TerraformStack.prepareStack). The project's stacks are deployed one by one and
 * never refer to each other, so the pass finds nothing; it was a third of synthesis (issue 17,
 * `node --cpu-prof`). The files `synth` and `npx cdktf synth` write keep the pass; a test
 * proves the JSON read here is the same (test/synthesis-fast-path.test.ts).
 */
function withoutCrossStackDiscovery(stack: TerraformStack): void {
  const cdktfStack = stack as unknown as { ensureBackendExists(): void; prepareStack(): void };
  cdktfStack.prepareStack = () => cdktfStack.ensureBackendExists();
}

let scratch: string | undefined;

/**
 * One private directory per thread, reused by every synthesis (cdktf writes the same file
 * names each time, and only the stacks just synthesized are read): removing a directory tree
 * after each organization cost about a tenth of a portfolio's time (issue 17). In memory
 * (/dev/shm) where the system has it, as these files are read back at once and never kept.
 * It is removed when the thread exits (a portfolio's workers exit with process.exit, see
 * cli/portfolio).
 */
function scratchDirectory(): string {
  if (!scratch) {
    const directory = mkdtempSync(join(memoryBacked() ?? tmpdir(), "exchange-iac-synth-"));
    scratch = directory;
    process.once("exit", () => rmSync(directory, { recursive: true, force: true }));
  }
  return scratch;
}

/** /dev/shm (a tmpfs on Linux) when it exists and can be written; undefined elsewhere. */
function memoryBacked(): string | undefined {
  try {
    accessSync(SHARED_MEMORY, constants.W_OK);
    return SHARED_MEMORY;
  } catch {
    return undefined;
  }
}

const SHARED_MEMORY = "/dev/shm";

export function stackInventory(org: OrganizationFile, only?: StackId[]): InventoryResource[] {
  return [...synthesizeToJson(org, only)].flatMap(([stack, json]) => inventoryFromSynth(stack, json));
}
