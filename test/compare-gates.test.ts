// Legal prerequisites gate the recommendation: an option with unmet prerequisites is never
// recommended unconditionally, the conditions stand in the JSON, and adding a legal failure
// never improves an option's position. One synth; each variant re-runs the policies and cost.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost } from "../cost/estimate";
import type { OptionId } from "../cost/types";
import { stackDocuments } from "../inventory/option-inputs";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { RULES } from "../policies/catalog";
import { evaluate } from "../policies/engine";
import { collectArtifacts, OPTION_IDS, type Artifacts } from "../report/artifacts";
import { buildComparison } from "../report/build";
import { RISK_DIMENSIONS, type Comparison } from "../report/model";
import { SILENT } from "../report/progress";

const AS_OF = "2026-12-07";
let artifacts: Artifacts;
beforeAll(async () => {
  artifacts = await collectArtifacts(loadOrganizationFile(EXAMPLE_CONFIG), AS_OF, SILENT);
});

/** The example changed by `change`: documents, findings and cost follow; the synthesized resources are reused. */
function variant(change: (org: OrganizationFile) => void, from: OrganizationFile = artifacts.org): Comparison {
  const org = structuredClone(from);
  change(org);
  const options = artifacts.options.map((o) => ({ ...o, documents: { ...o.documents, ...stackDocuments(org, o.option) } }));
  const findings = options.flatMap((o) => evaluate(RULES, { option: o.option, org, resources: o.resources, documents: o.documents, asOf: AS_OF }));
  const cost = estimateCost(org, options.flatMap((o) => o.resources), OPTION_IDS);
  return buildComparison({ org, asOf: AS_OF, options, findings, cost }, "sv");
}
const rules = (c: Comparison, option: OptionId) => c.options.find((o) => o.option === option)!.conditions.map((x) => x.rule);

describe("what a jurist expects of the recommendation", () => {
  it("the example: Exchange Online, on condition of an OSL assessment and a deletion the archive authority confirms", () => {
    const c = variant(() => undefined);
    expect(c.decision.recommended).toBe("online");
    expect(c.decision.basis).toBe("conditional");
    expect(c.decision.conditions.map((x) => x.rule)).toEqual(["GOV-03", "RET-01"]);
    expect(c.decision.conditions[0]!.text).toContain("10 kap. 2 a § offentlighets- och sekretesslagen (2009:400), OSL");
    expect(c.decision.conditions[1]!.text).toContain("KS 2023/118 p. 4");
    expect(rules(c, "onprem")).toEqual(["RET-01"]);
  });

  it("no DPIA, processor agreement or transfer basis: still Exchange Online, but on those documents too, and no better scored than before", () => {
    const base = variant(() => undefined);
    const c = variant((org) => {
      delete org.governance.dpia;
      delete org.governance.processorAgreement;
      delete org.governance.transferBasis;
    });
    expect(c.decision.recommended).toBe("online");
    expect(c.decision.basis).toBe("conditional");
    expect(rules(c, "online")).toEqual(["GOV-03", "GOV-04", "GOV-05", "GOV-06", "RET-01"]);
    expect(rules(c, "onprem")).toEqual(["GOV-04", "RET-01"]);
    for (const x of c.decision.conditions) expect(x.law).not.toBe("");
    // The missing documents are conditions, not points that a cap could swallow: the lead does not grow.
    expect(c.decision.totals.onprem.weighted - c.decision.totals.online.weighted).toBeLessThanOrEqual(base.decision.totals.onprem.weighted - base.decision.totals.online.weighted);
  });

  it("confidentiality 3 allowed in e-mail without an OSL assessment: the assessment is a blocking condition for Exchange Online", () => {
    const c = variant((org) => (org.classification.maxConfidentialityInEmail = 3));
    expect(c.decision.recommended).toBe("online");
    expect(c.decision.basis).toBe("conditional");
    const osl = c.options.find((o) => o.option === "online")!.findings.list.find((f) => f.ruleId === "GOV-03")!;
    expect([osl.severity, osl.blocking, osl.counted]).toEqual(["error", true, "condition"]);
    expect(rules(c, "online")).toContain("GOV-03");
  });

  it("server rooms in separate buildings: on-prem's availability risk falls and it is recommended, 1,79 against 2,00", () => {
    const base = variant(() => undefined);
    const c = variant((org) => {
      org.sites.sharedBuilding = false;
      org.sites.sharedPower = false;
      org.sites.sharedNetwork = false;
    });
    expect(base.decision.recommended).toBe("online");
    expect(c.decision.recommended).toBe("onprem");
    expect([c.decision.totals.online.average, c.decision.totals.onprem.average]).toEqual([2, 1.79]);
    // The legal prerequisites of on-prem still stand as its conditions.
    expect(c.decision.basis).toBe("conditional");
  });

  it("availability 4: both options need the separate KLASSA analysis before the decision takes effect", () => {
    const c = variant((org) => (org.classification.email.availability = 4));
    expect(rules(c, "online")).toContain("KLASSA-T4");
    expect(rules(c, "onprem")).toContain("KLASSA-T4");
    expect(c.decision.basis).toBe("conditional");
  });

  it("the audit add-ons priced high (115,20 kr a user and month): on-prem is recommended", () => {
    expect(variant(() => undefined).decision.recommended).toBe("online");
    expect(variant((org) => (org.cost.priceOverrides.e5_ediscovery_audit_addon = 115.2)).decision.recommended).toBe("onprem");
  });

  it("an item without a public price (the 10-year audit add-on, no planning figure): the paper gives the price at which the recommendation changes", () => {
    const unpriced = (org: OrganizationFile) => delete org.cost.priceOverrides.audit_10_year_addon;
    const base = variant(unpriced);
    const flip = base.economics.unpricedFlips.find((u) => u.priceId === "audit_10_year_addon")!;
    expect(flip.unit).toBe("user-month");
    expect(flip.perUnitSEK).toBeGreaterThan(0);
    // Just below the computed flip price the recommendation holds; at it, it changes.
    expect(variant((org) => (unpriced(org), (org.cost.priceOverrides.audit_10_year_addon = flip.perUnitSEK! - 1))).decision.recommended).toBe(base.decision.recommended);
    expect(variant((org) => (unpriced(org), (org.cost.priceOverrides.audit_10_year_addon = flip.perUnitSEK!))).decision.recommended).toBe(base.decision.other);
  });

  it("an item on the option not recommended cannot change the recommendation by its price", () => {
    const base = variant(() => undefined);
    for (const u of base.economics.unpricedFlips.filter((x) => x.option === "onprem")) expect(u.totalSEK).toBeNull();
  });
});

/** Legal failures, each with the options it concerns; applied to a starting point where each prerequisite is met. */
const FAILURES: { name: string; options: OptionId[]; apply: (org: OrganizationFile) => void }[] = [
  { name: "no DPIA", options: ["onprem", "online"], apply: (org) => delete org.governance.dpia },
  { name: "stale DPIA", options: ["onprem", "online"], apply: (org) => (org.governance.dpia = { reviewed: "2024-01-10" }) },
  { name: "no processor agreement", options: ["online"], apply: (org) => delete org.governance.processorAgreement },
  { name: "no transfer basis", options: ["online"], apply: (org) => delete org.governance.transferBasis },
  { name: "no incident routine", options: ["onprem", "online"], apply: (org) => delete org.governance.incidentRunbook },
  { name: "no OSL assessment", options: ["online"], apply: (org) => delete org.governance.oslSuitabilityAssessment },
  { name: "leavers deleted", options: ["onprem", "online"], apply: (org) => (org.retention.leaverMailboxes = "delete") },
  { name: "no records roles", options: ["onprem", "online"], apply: (org) => (org.governance.recordsAccessRoles = []) },
  { name: "no message trace export", options: ["online"], apply: (org) => delete org.online.messageTraceExport },
  { name: "deletion of all mail", options: ["onprem", "online"], apply: (org) => delete org.retention.deletionDecisions[0]!.contentMatchQuery },
];

/** 2 recommended unconditionally, 1 recommended on conditions, 0 not recommended. */
const position = (c: Comparison, option: OptionId) => (c.decision.recommended !== option ? 0 : c.decision.basis === "unconditional" ? 2 : 1);

describe("a legal failure never improves an option's position", () => {
  it("for any weights and any set of failures already present, adding one more", () => {
    const compliant = structuredClone(artifacts.org);
    compliant.governance.oslSuitabilityAssessment = { date: "2026-10-01", approvedBy: "Kommunstyrelsen", reference: "KS 2026/350" };
    compliant.retention.deletionDecisions[0]!.contentMatchQuery = "ItemClass:IPM.Note AND Tillfällig";
    expect(variant(() => undefined, compliant).decision.basis).toBe("unconditional");
    const weight = fc.integer({ min: 0, max: 20 }).map((x) => x / 2);
    fc.assert(
      fc.property(fc.tuple(...RISK_DIMENSIONS.map(() => weight)), fc.subarray(FAILURES), fc.constantFrom(...FAILURES), (weights, present, added) => {
        fc.pre(weights.some((w) => w > 0) && !present.includes(added));
        const start = structuredClone(compliant);
        start.decision.weights = Object.fromEntries(RISK_DIMENSIONS.map((d, i) => [d, weights[i]!])) as OrganizationFile["decision"]["weights"];
        const before = variant((org) => present.forEach((f) => f.apply(org)), start);
        const after = variant((org) => [...present, added].forEach((f) => f.apply(org)), start);
        for (const option of added.options) {
          expect(position(after, option), `${added.name} after ${present.map((f) => f.name).join(", ") || "none"}`).toBeLessThanOrEqual(position(before, option));
          expect(after.options.find((o) => o.option === option)!.conditions.length).toBeGreaterThan(0);
          expect(position(after, option)).toBeLessThan(2);
          // Nor does its standing in the scores improve (the scores never see the gates).
          const lead = (c: Comparison) => c.decision.totals[option === "onprem" ? "online" : "onprem"].weighted - c.decision.totals[option].weighted;
          expect(lead(after)).toBeLessThanOrEqual(lead(before) + 1e-9);
        }
      }),
      { numRuns: 40, seed: 23 },
    );
  });
});
