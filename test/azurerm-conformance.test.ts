// Every Terraform argument the stacks set passes the azurerm provider's own rules at v4.55.0
// (test/conformance/azurerm-rules-*.ts, each rule with the provider file it is read in), over a
// matrix of organization files: the example, every optional part on, and fuzz files. Each rule
// is shown to bite: a value that breaks it, planted in a real synthesized block, is found.
import { describe, expect, it } from "vitest";
import { type Block, blocksOf, checkJson, parentsOf, plant, problems, ruleId, ruleUrl } from "./conformance/azurerm-check";
import { conformanceMatrix } from "./conformance/azurerm-matrix";
import { AZURERM_RULES } from "./conformance/azurerm-rules";

const matrix = conformanceMatrix(4);
const jsons = matrix.flatMap((entry) => [...entry.stacks].map(([stack, json]) => ({ name: `${entry.name} / ${stack}`, json })));
const META = new Set(["lifecycle", "//", "depends_on", "provider", "count", "for_each", "to"]);

/** Every argument path the stacks set, by rule target ("tags.x" counts as "tags"). */
function emittedArguments(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (target: string, path: string) => out.set(target, (out.get(target) ?? new Set()).add(path.startsWith("tags.") ? "tags" : path));
  const walk = (target: string, value: unknown, path: string) => {
    const items = Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null) && value.length > 0 ? value : undefined;
    if (items) return items.forEach((item) => walk(target, item, path));
    if (typeof value === "object" && value !== null && !Array.isArray(value) && !path.startsWith("tags")) {
      for (const [key, child] of Object.entries(value)) walk(target, child, path ? `${path}.${key}` : key);
      return;
    }
    add(target, path);
  };
  for (const { json } of jsons) {
    const targets = [
      ...Object.keys(json.resource ?? {}),
      ...Object.keys(json.data ?? {}).map((type) => `data.${type}`),
      "provider.azurerm",
      ...(json.import ?? []).map((block: Block) => `import.${String(block.to).split(".")[0]}`),
    ];
    for (const target of new Set(targets)) {
      for (const { block } of blocksOf(json, target)) for (const [key, value] of Object.entries(block)) if (!META.has(key)) walk(target, value, key);
    }
  }
  return out;
}

describe("azurerm conformance: the matrix", () => {
  it("holds the example, everything on (both witnesses) and fuzz files", () => {
    expect(matrix.map((entry) => entry.name).slice(0, 3)).toEqual(["example", "everything on, Azure witness", "everything on, third-room witness"]);
    expect(matrix.length).toBeGreaterThanOrEqual(5);
    const everything = jsons.filter(({ name }) => name.startsWith("everything on"));
    const types = new Set(everything.flatMap(({ json }) => Object.keys(json.resource ?? {})));
    for (const type of ["azurerm_key_vault_key", "azurerm_storage_account", "azurerm_private_endpoint", "azurerm_virtual_network_peering", "azurerm_log_analytics_workspace_table", "azurerm_windows_virtual_machine"]) {
      expect(types, type).toContain(type);
    }
  });

  it.each(jsons.map(({ name }) => name))("%s passes every provider rule", (name) => {
    const { json } = jsons.find((entry) => entry.name === name)!;
    expect(checkJson(json, AZURERM_RULES)).toEqual([]);
  });

  it("has a rule for every argument the stacks set", () => {
    const ruled = new Set(AZURERM_RULES.map((rule) => `${rule.target} ${rule.argument}`));
    const missing = [...emittedArguments()].flatMap(([target, paths]) => [...paths].filter((path) => !ruled.has(`${target} ${path}`)).map((path) => `${target} ${path}`));
    expect(missing).toEqual([]);
  });

  it("cites a provider file at v4.55.0 for every rule", () => {
    for (const rule of AZURERM_RULES) {
      expect(ruleUrl(rule), ruleId(rule)).toMatch(/^https:\/\/github\.com\/hashicorp\/(terraform-provider-azurerm\/blob\/v4\.55\.0|terraform-provider-random\/blob\/v3\.7\.2)\/(internal|vendor|helpers|website)\/[\w/.-]+\.(go|markdown)$/);
      if (!rule.target.startsWith("random_")) expect(ruleUrl(rule)).toContain("terraform-provider-azurerm/blob/v4.55.0/");
    }
  });
});

describe("azurerm conformance: every rule fails on a planted bad value", () => {
  it.each(AZURERM_RULES.map((rule, index) => [`${index}: ${ruleId(rule)}`, rule] as const))("%s", (_, rule) => {
    const host = jsons
      .flatMap(({ json }) => blocksOf(json, rule.target))
      .find(({ block }) => parentsOf(block, rule.argument).length > 0 && (rule.check.kind !== "force-new-ignored" || block.lifecycle?.prevent_destroy === true));
    expect(host, `no synthesized ${rule.target} holds ${rule.argument}`).toBeDefined();
    const block = structuredClone(host!.block);
    expect(problems(rule, block)).toEqual([]);
    plant(rule, block);
    expect(problems(rule, block).length, `planted into ${host!.address}`).toBeGreaterThan(0);
  });
});
