// Runs one rule over an organization (and optional artifacts) and returns its findings.
import { validateOrganization } from "../../model/load";
import { evaluate } from "../../policies/engine";
import type { Finding, HostingOption, PolicyInput, Rule } from "../../policies/types";
import type { InventoryResource } from "../../inventory/terraform";
import { exampleData } from "./example";

export const AS_OF = "2026-11-26";

export function orgWith(change: (data: Record<string, any>) => void = () => {}) {
  const data = exampleData();
  change(data);
  return validateOrganization(data);
}

export function findingsOf(
  rule: Rule,
  option: HostingOption,
  change: (data: Record<string, any>) => void = () => {},
  artifacts: { resources?: InventoryResource[]; documents?: Record<string, unknown> } = {},
): Finding[] {
  const input: PolicyInput = { option, org: orgWith(change), resources: artifacts.resources ?? [], documents: artifacts.documents ?? {}, asOf: AS_OF };
  return evaluate([rule], input);
}
