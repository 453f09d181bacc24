// The cost texts a Swedish reader sees are Swedish: every price has a name in both languages,
// every component, owned, unpriced and free item carries its text in both, and the English
// fields stay the English texts.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../cost/catalog/catalog";
import { estimateCost } from "../cost/estimate";
import { catalog } from "../i18n/catalog";
import { LANGS } from "../i18n/lang";
import { stackInventory } from "../inventory/from-stacks";
import { parseOrganization } from "../model/load";
import { stringify } from "yaml";
import { everythingOn } from "./conformance/azurerm-matrix";
import { exampleData } from "./helpers/example";

describe("price names", () => {
  it("every price of the catalog has a reader-facing name in Swedish and English", () => {
    for (const entry of loadCatalog().prices) {
      for (const lang of LANGS) {
        const name = (catalog(lang).cost.priceName as Record<string, string>)[entry.id];
        expect(name, `${lang} name of ${entry.id}`).toBeTruthy();
        expect(name, `${lang} name of ${entry.id} is not the id`).not.toBe(entry.id);
      }
    }
    // No name for a price the catalog no longer has.
    const ids = new Set(loadCatalog().prices.map((p) => p.id));
    for (const lang of LANGS) expect(Object.keys(catalog(lang).cost.priceName).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("cost items in both languages", () => {
  for (const [name, data] of [
    ["the example", exampleData()],
    ["every optional part on", everythingOn("azure-vm")],
  ] as const) {
    it(`${name}: every item has Swedish texts, and the English fields are the English texts`, () => {
      const org = parseOrganization(stringify(data));
      const e = estimateCost(org, stackInventory(org, ["onprem", "online"]));
      const items = [...e.options.flatMap((o) => o.components), ...e.unpriced, ...e.excluded, ...e.free];
      expect(e.free.length).toBeGreaterThan(5);
      for (const item of items) {
        const said = item.said!;
        expect(said, JSON.stringify(item)).toBeDefined();
        for (const field of ["description", "quantity", "reason", "note"] as const) {
          if (!(field in item)) continue;
          expect(said[field]?.en, `${field} of ${JSON.stringify(item)}`).toBe((item as unknown as Record<string, unknown>)[field]);
          expect(said[field]?.sv, `${field} of ${JSON.stringify(item)}`).toBeTruthy();
        }
      }
    });
  }
});
