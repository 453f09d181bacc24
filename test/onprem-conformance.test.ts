// Conformance of the generated on-prem configuration with Microsoft's HealthChecker and Learn
// requirements (test/conformance/onprem-healthchecker.ts): every check, with its Microsoft
// source, over the example, an organization with every feature on, one without Edge and one
// with AD FS. Each reads the rendered scripts (parsed with tree-sitter-powershell), the
// document and the synthesized stack.
import { describe, expect, it } from "vitest";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderEdgeScript, renderOnpremScript } from "../model/exchange-onprem/render-script";
import type { OrganizationFile } from "../model/schema";
import { isSourceId } from "../sources";
import { ONPREM_CONFORMANCE, type OnpremArtifacts } from "./conformance/onprem-healthchecker";
import { parsePowerShell } from "./helpers/powershell-syntax";
import { orgWith, synthOnprem } from "./onprem-helpers";

const VARIANTS: [string, OrganizationFile][] = [
  ["the example", orgWith()],
  [
    "every feature on",
    orgWith((d) => {
      d.organization.acceptedDomains.push("exempel.se");
      d.onprem.personalIdentityNumberAction = "encrypt";
      d.onprem.rightsManagement = { template: "Exempelkommun - Konfidentiellt" };
      d.onprem.mailFlow = { requireTlsDomains: ["region.se", "skatteverket.se"] };
      d.onprem.egress = { proxy: "http://proxy.exempelkommun.se:8080" };
      d.sites.sharedNetwork = false;
      d.retention.deletionDecisions.push({ id: "KS 2024/12", what: "Case mail", retainYears: 10, contentMatchQuery: "subject:ärende" });
    }),
  ],
  ["no Edge", orgWith((d) => ((d.onprem.edge.enabled = false), delete d.onprem.scvmm.edgeTemplate))],
  ["AD FS", orgWith((d) => (d.onprem.modernAuthentication = "adfs"))],
];

async function artifacts(org: OrganizationFile): Promise<OnpremArtifacts> {
  const doc = buildOnpremExchangeDocument(org);
  const script = renderOnpremScript(doc);
  return { doc, script, parsed: await parsePowerShell(script), edgeScripts: doc.servers.edge.map((edge) => renderEdgeScript(doc, edge.name)), stack: synthOnprem(org) };
}

it("names a Microsoft source for every check", () => {
  for (const check of ONPREM_CONFORMANCE) expect(isSourceId(check.source), `${check.id}: ${check.source}`).toBe(true);
  expect(new Set(ONPREM_CONFORMANCE.map((c) => c.id)).size).toBe(ONPREM_CONFORMANCE.length);
});

describe.each(VARIANTS)("%s", (_name, org) => {
  let generated: OnpremArtifacts;
  it("generates scripts that parse", async () => {
    generated = await artifacts(org);
    expect(generated.parsed.errors).toEqual([]);
    for (const edge of generated.edgeScripts) expect((await parsePowerShell(edge)).errors).toEqual([]);
  });
  for (const check of ONPREM_CONFORMANCE) {
    it(`${check.id}: ${check.what} (${check.source})`, (context) => {
      if (check.appliesTo && !check.appliesTo(generated.doc)) context.skip();
      check.holds(generated);
    });
  }
});
