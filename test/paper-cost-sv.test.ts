// The Ekonomi section and the appendices of the Swedish paper speak Swedish about cost: owned
// licences, items without a public price and their reasons, the sensitivity drivers, the
// low-confidence prices of Bilaga D and the unpriced items in the risk reasons; the key
// figures table has a header; the example's own texts (deletion decisions) are Swedish.
// Checked for the example and for every optional part on.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate } from "../cost/estimate";
import { capitalized, priceName } from "../cost/said";
import { stackInventory } from "../inventory/from-stacks";
import { parseOrganization } from "../model/load";
import { everythingOn } from "./conformance/azurerm-matrix";
import { exampleData } from "./helpers/example";
import { runCli } from "./helpers/cli";

/** The markdown with its escapes undone, so texts compare as written. */
const plain = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");

const CASES = [
  ["the example", exampleData()],
  ["every optional part on", everythingOn("azure-vm")],
] as const;

describe.each(CASES)("the Swedish paper for %s", (_name, data) => {
  let md: string;
  let sources: { key: string; title: string }[];
  let estimate: CostEstimate;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-paper-sv-"));
    writeFileSync(join(dir, "kommun.yaml"), stringify(data));
    const result = await runCli(["--config", join(dir, "kommun.yaml"), "--lang", "sv", "compare", "--out", dir, "--as-of", "2026-11-26"]);
    expect(result.code).toBe(0);
    // The cost detail and the appendices are in the technical annex; the council paper names no catalog id.
    md = plain(readFileSync(join(dir, "comparison-technical.md"), "utf8"));
    sources = JSON.parse(readFileSync(join(dir, "comparison.json"), "utf8")).sources;
    const org = parseOrganization(stringify(data));
    estimate = estimateCost(org, stackInventory(org, ["onprem", "online"]));
  }, 60_000);

  it("names owned and unpriced items and why in Swedish, never in English", () => {
    const items = [
      ...estimate.excluded.flatMap((x) => [x.said!.description!, x.said!.quantity!]),
      ...estimate.unpriced.flatMap((u) => [u.said!.description!, u.said!.reason!]),
    ];
    expect(items.length).toBeGreaterThan(4);
    for (const text of items) {
      expect(md).toContain(text.sv);
      if (text.en !== text.sv) expect(md).not.toContain(text.en);
    }
    expect(md).not.toMatch(/no price found|override it under|seats already owned|CAL rights of the/);
  });

  it("names the sensitivity drivers and the low-confidence prices by their Swedish names, not by catalog id", () => {
    const section = md.slice(md.indexOf("### Känslighet"), md.indexOf("##", md.indexOf("### Känslighet") + 5));
    const drivers = estimate.sensitivity!.drivers.filter((d) => !d.startsWith("currency:"));
    expect(drivers.length).toBeGreaterThan(3);
    for (const id of drivers) {
      expect(section).toContain(`| ${priceName(id, "sv").charAt(0).toUpperCase()}${priceName(id, "sv").slice(1)} |`);
      expect(section).not.toContain(`| ${id} |`);
    }
    const bilagaD = md.split("\n").find((line) => line.startsWith("- Priser med låg säkerhet"))!;
    const low = estimate.prices.filter((p) => p.confidence === "low" && !p.overridden);
    for (const p of low) {
      expect(bilagaD).toContain(priceName(p.id, "sv"));
      expect(bilagaD).not.toContain(p.id);
    }
  });

  it("cites each price in Bilaga E by its Swedish name and the page it comes from, not by the catalog's English description", () => {
    const bilagaE = md.slice(md.indexOf("### Bilaga E"));
    const cited = estimate.prices.filter((p) => sources.some((x) => x.key === `price:${p.id}`));
    expect(cited.length).toBeGreaterThan(3);
    for (const p of cited) {
      expect(sources.find((x) => x.key === `price:${p.id}`)!.title).toBe(`${capitalized(priceName(p.id, "sv"))} (${p.sourceTitle})`);
      expect(bilagaE).toContain(`${capitalized(priceName(p.id, "sv"))} (`);
      expect(bilagaE).not.toContain(p.description);
    }
  });

  it("quotes the municipality's own decisions in Swedish, as its organization file writes them", () => {
    for (const decision of data.retention.deletionDecisions as { what: string }[]) expect(md).toContain(decision.what);
    expect(md).toContain("E-post av tillfällig eller ringa betydelse");
    expect(md).not.toMatch(/E-mail of no lasting value|Message trace and e-mail logs/);
  });

  it("gives the key figures table a header", () => {
    const at = md.indexOf("### Nyckeltal");
    const head = md.slice(at).split("\n").find((line) => line.startsWith("|"))!;
    expect(head).toBe("| Nyckeltal | Belopp |");
    expect(md).not.toMatch(/^\|\s*\|\s*\|$/m);
  });
});
