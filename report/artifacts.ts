// Everything the comparison and the diff read about one organization, produced once:
// both stacks synthesized a single time, the policies run over those artifacts, and the
// cost estimate priced from the same inventory (issue 7: "do not synthesize twice").
import { estimateCost, type CostEstimate } from "../cost/estimate";
import type { OptionId } from "../cost/types";
import { synthesizeToJson } from "../inventory/from-stacks";
import { TENANT_DOCUMENT, tenantDocument } from "../inventory/tenant";
import { inventoryFromSynth, type InventoryResource, type TerraformJson } from "../inventory/terraform";
import type { OrganizationFile } from "../model/schema";
import { RULES } from "../policies/catalog";
import { evaluate } from "../policies/engine";
import { stackDocuments } from "../inventory/option-inputs";
import type { Finding } from "../policies/types";
import type { Progress } from "./progress";

export const OPTION_IDS: readonly OptionId[] = ["onprem", "online"];

export interface OptionArtifacts {
  option: OptionId;
  /** Azure resources of the option's stack, from its cdk.tf.json or a plan. */
  resources: InventoryResource[];
  /** Generated configuration documents of the option (parsed JSON), by file name. */
  documents: Record<string, unknown>;
}

export interface Artifacts {
  org: OrganizationFile;
  asOf: string;
  options: OptionArtifacts[];
  findings: Finding[];
  cost: CostEstimate;
}

/** cdktf's documented switch to write the stacks despite error annotations (cdktf/lib/terraform-stack). */
const CONTINUE_ON_ERRORS = "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS";

/**
 * Synthesizes the stacks even when the policy Aspect reports errors: a comparison or a diff
 * must show every finding (the same rules run below through the engine), not stop at the first.
 */
export function synthesizeForReport(org: OrganizationFile, only: OptionId[]): Map<string, TerraformJson> {
  const previous = process.env[CONTINUE_ON_ERRORS];
  process.env[CONTINUE_ON_ERRORS] = "1";
  try {
    return synthesizeToJson(org, only);
  } finally {
    if (previous === undefined) delete process.env[CONTINUE_ON_ERRORS];
    else process.env[CONTINUE_ON_ERRORS] = previous;
  }
}

/**
 * Synthesizes both stacks once and derives findings and cost from those artifacts. A plan
 * (`terraform show -json`) replaces the synthesized resources of its stack. The Entra tenant
 * document (both options share the tenant) is read as `check` reads it.
 */
export async function collectArtifacts(org: OrganizationFile, asOf: string, progress: Progress, plans: Partial<Record<OptionId, InventoryResource[]>> = {}): Promise<Artifacts> {
  const toSynthesize = OPTION_IDS.filter((option) => !plans[option]);
  progress.stage(`synthesizing ${toSynthesize.length ? toSynthesize.join(" and ") : "no"} stack(s)`);
  const synthesized = toSynthesize.length ? synthesizeForReport(org, toSynthesize) : new Map<string, TerraformJson>();
  const tenant = tenantDocument(org);
  const options = OPTION_IDS.map<OptionArtifacts>((option) => ({
    option,
    resources: plans[option] ?? (synthesized.has(option) ? inventoryFromSynth(option, synthesized.get(option)!) : []),
    documents: { ...stackDocuments(org, option), [TENANT_DOCUMENT]: tenant },
  }));
  progress.stage("running the policy catalog");
  const findings = options.flatMap(({ option, resources, documents }) => evaluate(RULES, { option, org, resources, documents, asOf }));
  progress.stage("estimating cost and sensitivity");
  const cost = estimateCost(
    org,
    options.flatMap((o) => o.resources),
    OPTION_IDS,
  );
  return { org, asOf, options, findings, cost };
}
