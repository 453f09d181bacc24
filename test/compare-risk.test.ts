// The risk matrix and the data-location map follow the facts of the configuration: change
// a fact and the score and its reason change with it. One synth, then variants of the facts.
import { beforeAll, describe, expect, it } from "vitest";
import { loadOrganizationFile, EXAMPLE_CONFIG } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { collectArtifacts, type Artifacts } from "../report/artifacts";
import { buildComparison } from "../report/build";
import type { RiskDimension } from "../report/model";
import { SILENT } from "../report/progress";
import { stackDocuments } from "../inventory/option-inputs";

let artifacts: Artifacts;
beforeAll(async () => {
  artifacts = await collectArtifacts(loadOrganizationFile(EXAMPLE_CONFIG), "2026-11-26", SILENT);
});

function variant(change: (org: OrganizationFile) => void) {
  const org = structuredClone(artifacts.org);
  change(org);
  // The generated documents follow the organization; the synthesized resources are reused.
  const options = artifacts.options.map((o) => ({ ...o, documents: { ...o.documents, ...stackDocuments(org, o.option) } }));
  return buildComparison({ ...artifacts, org, options }, "en");
}
const risk = (c: ReturnType<typeof buildComparison>, option: string, dimension: RiskDimension) => c.options.find((o) => o.option === option)!.risk.find((r) => r.dimension === dimension)!;
const facts = (c: ReturnType<typeof buildComparison>, option: string, dimension: RiskDimension) => risk(c, option, dimension).reasons.map((r) => `${r.points}: ${r.fact}`);

describe("risk scores are derived from facts", () => {
  it("a provider under EU jurisdiction removes the CLOUD Act exposure and its points", () => {
    const base = variant(() => undefined);
    const eu = variant((org) => (org.online.providerJurisdiction = "EU"));
    const mail = (c: typeof base) => c.options.find((o) => o.option === "online")!.dataLocation.find((d) => d.data === "mail-content")!;
    expect(mail(base).cloudActExposure).toBe(true);
    expect(mail(eu)).toMatchObject({ cloudActExposure: false, jurisdictions: ["EU"] });
    // The CLOUD Act is counted once, under legal; confidentiality does not count it again.
    expect(risk(base, "online", "legal").score - risk(eu, "online", "legal").score).toBe(1.5);
    expect(risk(eu, "online", "confidentiality").score).toBe(risk(base, "online", "confidentiality").score);
    const cloudAct = (c: typeof base) => c.options.flatMap((o) => o.risk.flatMap((r) => r.reasons.filter((x) => x.topic === "cloud-act" && x.points > 0).map(() => `${o.option}/${r.dimension}`)));
    expect(cloudAct(base)).toEqual(["onprem/legal", "online/legal"]);
  });

  it("no backup and an unsupported Exchange version raise on-prem integrity and technical risk", () => {
    const base = variant(() => undefined);
    const risky = variant((org) => {
      org.onprem.backup = { kind: "none" };
      org.onprem.exchangeVersion = "2019";
    });
    expect(risk(risky, "onprem", "integrity").score).toBe(risk(base, "onprem", "integrity").score + 2);
    expect(facts(risky, "onprem", "integrity")[0]).toBe("2: no backup: only DAG copies, which share one AD/Exchange security boundary");
    expect(facts(risky, "onprem", "technical")).toContain("2: Exchange Server 2019 has been out of support since 14 Oct 2025");
  });

  it("availability level 3 against the 99.9 % SLA counts; level 2 does not", () => {
    const t2 = variant((org) => (org.classification.email.availability = 2));
    const t3 = variant((org) => (org.classification.email.availability = 3));
    expect(risk(t3, "online", "availability").score - risk(t2, "online", "availability").score).toBe(1);
    expect(facts(t3, "online", "availability")[0]).toMatch(/^1: availability is rated level 3, and the 99\.9 % monthly SLA allows about 8\.8 h of outage a year/);
  });

  it("fewer maintenance passes lower the patching burden named in the reason", () => {
    const fewer = variant((org) => (org.cost.usage = { ...org.cost.usage, onpremMaintenanceWindowsPerYear: 4 }));
    expect(facts(fewer, "onprem", "technical")).toContain(
      "1: patching burden: 4 maintenance passes a year over 8 Exchange servers = 32 server updates a year, and only the latest cumulative update gets security updates",
    );
  });
});
