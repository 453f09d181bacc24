// Builds the cdktf App for an organization. Used both by the cdktf CLI entry point
// (stacks/main.ts) and by `exchange-iac synth`, which must not need the cdktf CLI.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { AnnotationMetadataEntryType, Aspects, App, AzurermBackend, LocalBackend, type TerraformStack } from "cdktf";
import { PolicyAspect } from "../policies/adapters/cdktf-aspect";
import { RULES } from "../policies/catalog";
import { InputError } from "../model/input-error";
import type { PortfolioEntry } from "../model/organization-directory";
import type { OrganizationFile } from "../model/schema";
import { writeFileAtomic } from "../model/write-file";
import { parsedDocuments, stackDocumentTexts } from "./documents";
import { STACKS, type StackId } from "./registry";
import { SynthBlockedError } from "./synth-blocked-error";

export { SynthBlockedError };

/**
 * `enforcePolicies` adds the policy Aspect (an error finding fails synth). Readers of the
 * artifacts (check, cost, compare) turn it off and judge the findings themselves.
 */
export function buildApp(org: OrganizationFile, outdir?: string, only?: StackId[], enforcePolicies = true, localState = false): { app: App; stacks: TerraformStack[] } {
  // No stack traces in manifest.json: cdktf records one per warning annotation, with the
  // absolute path of every source file on this machine (issue 8, determinism).
  const app = new App({ ...(outdir ? { outdir } : {}), stackTraces: false });
  const stacks = STACKS.filter((stack) => !only || only.includes(stack.id)).map((definition) => {
    const stack = definition.build(app, org);
    if (enforcePolicies) {
      Aspects.of(stack).add(new PolicyAspect({ rules: RULES, option: definition.id, org, documents: parsedDocuments(definition.id, org) }));
    }
    declareBackend(stack, definition.id, org, localState);
    return stack;
  });
  return { app, stacks };
}

/**
 * The state the organization file declares (azure.state): the azurerm backend, signed in with
 * Entra ID and locked by blob lease (source: terraform-azurerm-backend). Without a declaration,
 * or with --local-state, a local file whose relative path keeps cdk.tf.json the same everywhere.
 */
function declareBackend(stack: TerraformStack, id: StackId, org: OrganizationFile, localState: boolean): void {
  const state = org.azure.state;
  if (!state || localState) {
    new LocalBackend(stack, { path: `terraform.${id}.tfstate` });
    return;
  }
  new AzurermBackend(stack, {
    resourceGroupName: state.resourceGroupName,
    storageAccountName: state.storageAccountName,
    containerName: state.terraformContainer,
    key: `exchange-iac/${id}.tfstate`,
    useAzureadAuth: true,
    ...(org.organization.subscriptions.primary ? { subscriptionId: org.organization.subscriptions.primary } : {}),
    ...(org.organization.tenantId ? { tenantId: org.organization.tenantId } : {}),
  });
}

/**
 * Synthesizes into a fresh directory beside `outdir` and swaps it in only when synth
 * succeeded, so a failed synth leaves the previous output whole.
 */
export function synthesize(org: OrganizationFile, outdir: string, only?: StackId[], localState = false): string[] {
  const target = resolve(outdir);
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  try {
    const { app, stacks } = buildApp(org, staging, only, true, localState);
    synthOrExplain(app, stacks);
    const documents = writeStackDocuments(org, staging, only);
    swapIn(staging, target);
    return [...stacks.map((stack) => join("stacks", stack.node.id, "cdk.tf.json")), ...documents].map((path) => join(target, path));
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * One organization of a portfolio into `<staging>/<slug>` (cli/portfolio runs it, in a worker
 * or here); an organization field found wrong names the file in `directory`.
 */
export async function synthesizeEntry(
  { slug, file, org }: PortfolioEntry,
  { staging, directory, only, localState }: { staging: string; directory: string; only?: StackId[]; localState?: boolean },
): Promise<string[]> {
  return inFileOf(join(directory, file), () => synthesize(org, join(staging, slug), only, localState));
}

/**
 * `--config <directory>`: one stack pair per organization in `<outdir>/<slug>/stacks/<id>`.
 * All organizations are synthesized into one staging directory that replaces `outdir` only
 * when every synth succeeded, so the output never mixes two runs (nor keeps the stacks of an
 * organization whose file was removed). `synthesizeEach` runs synthesizeEntry for every
 * organization into the staging directory and gives each one's paths in file order.
 */
export async function synthesizePortfolio(outdir: string, synthesizeEach: (staging: string) => Promise<string[][]>): Promise<string[]> {
  const target = resolve(outdir);
  const staging = `${target}.portfolio-staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const written = (await synthesizeEach(staging)).flat();
    swapIn(staging, target);
    return written.map((path) => join(target, relative(staging, path)));
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/** Runs `build`; an organization field it finds wrong names the organization's file. */
function inFileOf<T>(file: string | undefined, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw error instanceof InputError && file ? error.inFile(file) : error;
  }
}

/**
 * Replaces `target` with `staging` so that at every moment one whole output exists: the old
 * output is moved aside (not deleted) first and put back if the swap fails; it is removed
 * only once the new output is in place. (Deleting first left a moment with no output.)
 */
function swapIn(staging: string, target: string): void {
  const previous = `${target}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(target);
  // Terraform keeps its local state and working files in the stack folders (LocalBackend);
  // a new synth must never drop them, or the next apply would create everything again.
  if (hadPrevious) carryTerraformFiles(target, staging);
  if (hadPrevious) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadPrevious) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Terraform's own files in an output tree: local state (and its backups), the provider lock and working directory. */
const TERRAFORM_FILES = /^(terraform\..+\.tfstate(\.\d+)?(\.backup)?|\.terraform\.lock\.hcl|\.terraform|plan\.tfplan)$/;

/** Copies Terraform's files from the previous output into the same places in the new one. */
function carryTerraformFiles(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const destination = join(to, entry.name);
    if (TERRAFORM_FILES.test(entry.name)) {
      mkdirSync(to, { recursive: true });
      cpSync(source, destination, { recursive: true, force: true, preserveTimestamps: true });
    } else if (entry.isDirectory()) {
      carryTerraformFiles(source, destination);
    }
  }
}

/** Writes each stack's configuration documents beside its cdk.tf.json; returns their relative paths. */
export function writeStackDocuments(org: OrganizationFile, outdir: string, only?: StackId[]): string[] {
  const written: string[] = [];
  for (const definition of STACKS.filter((stack) => !only || only.includes(stack.id))) {
    for (const [name, content] of Object.entries(stackDocumentTexts(definition.id, org)).sort(([a], [b]) => a.localeCompare(b))) {
      const path = join("stacks", definition.id, name);
      // Atomic too: `npx cdktf synth` (stacks/main.ts) writes these straight into cdktf.out.
      writeFileAtomic(join(outdir, path), content);
      written.push(path);
    }
  }
  return written;
}

/** Runs synth; when error annotations stop it, throws SynthBlockedError with their messages. */
function synthOrExplain(app: App, stacks: TerraformStack[]): void {
  try {
    app.synth();
  } catch (error) {
    const messages = stacks.flatMap((stack) =>
      stack.node
        .findAll()
        .flatMap((node) => node.node.metadata.filter((entry) => entry.type === AnnotationMetadataEntryType.ERROR).map((entry) => `[${stack.node.id}] ${String(entry.data)}`)),
    );
    if (messages.length === 0) throw error;
    throw new SynthBlockedError(messages);
  }
}
