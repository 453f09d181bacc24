// Builds the cdktf App for an organization. Used both by the cdktf CLI entry point
// (stacks/main.ts) and by `exchange-iac synth`, which must not need the cdktf CLI.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { App, LocalBackend, type TerraformStack } from "cdktf";
import type { OrganizationFile } from "../model/schema";
import { STACKS, type StackId } from "./registry";

export function buildApp(org: OrganizationFile, outdir?: string, only?: StackId[]): { app: App; stacks: TerraformStack[] } {
  const app = new App(outdir ? { outdir } : {});
  const stacks = STACKS.filter((stack) => !only || only.includes(stack.id)).map((definition) => {
    const stack = definition.build(app, org);
    // A relative state path keeps cdk.tf.json identical on every machine; teams replace
    // it with a remote backend (README, "Remote state").
    new LocalBackend(stack, { path: `terraform.${definition.id}.tfstate` });
    return stack;
  });
  return { app, stacks };
}

/**
 * Synthesizes into a fresh directory beside `outdir` and swaps it in only when synth
 * succeeded, so a failed synth leaves the previous output whole.
 */
export function synthesize(org: OrganizationFile, outdir: string, only?: StackId[]): string[] {
  const target = resolve(outdir);
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  try {
    const { app, stacks } = buildApp(org, staging, only);
    app.synth();
    const documents = writeStackDocuments(org, staging, only);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    return [...stacks.map((stack) => join("stacks", stack.node.id, "cdk.tf.json")), ...documents].map((path) => join(target, path));
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/** Writes each stack's configuration documents beside its cdk.tf.json; returns their relative paths. */
export function writeStackDocuments(org: OrganizationFile, outdir: string, only?: StackId[]): string[] {
  const written: string[] = [];
  for (const definition of STACKS.filter((stack) => !only || only.includes(stack.id))) {
    for (const [name, content] of Object.entries(definition.documents?.(org) ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const path = join("stacks", definition.id, name);
      mkdirSync(dirname(join(outdir, path)), { recursive: true });
      writeFileSync(join(outdir, path), content);
      written.push(path);
    }
  }
  return written;
}
