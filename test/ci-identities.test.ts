// The one identity table: least privilege by construction, the same in docs/ci.md and in the
// bootstrap script that grants it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CI_IDENTITIES, ciIdentity } from "../model/ci/identities";
import { identitiesBootstrapScript } from "../model/ci/bootstrap-script";
import { EXAMPLE_CONFIG } from "../model/example-config";
import { loadOrganizationFile } from "../model/load";
import { CI_DOC, withCurrentTable } from "../scripts/write-ci-docs";

const org = loadOrganizationFile(EXAMPLE_CONFIG);
const WRITE_ROLES = /Contributor|Officer|Administrator|Owner/;

describe("the CI identities", () => {
  it("docs/ci.md shows the current table (npm run ci-docs)", () => {
    const text = readFileSync(CI_DOC, "utf8");
    expect(text).toBe(withCurrentTable(text));
  });

  it("gives pull requests and drift no right to change Azure resources or Entra", () => {
    for (const id of ["plan", "drift"] as const) {
      const identity = ciIdentity(id);
      const writes = identity.azureRoles.filter((r) => WRITE_ROLES.test(r.role));
      // The only write: drift saves plans into their own container.
      expect(writes.map((r) => `${r.role} on ${r.scope}`), id).toEqual(id === "drift" ? ["Storage Blob Data Contributor on plans"] : []);
      expect(identity.graphPermissions.filter((p) => /Write/.test(p)), id).toEqual([]);
    }
    expect(ciIdentity("plan").subject("o/r", "production")).toBe("repo:o/r:pull_request");
    expect(ciIdentity("drift").subject("o/r", "production")).toBe("repo:o/r:ref:refs/heads/main");
    expect(ciIdentity("deploy").subject("o/r", "production")).toBe("repo:o/r:environment:production");
  });

  it("grants in the bootstrap script exactly the roles and permissions of the table", () => {
    const script = identitiesBootstrapScript(org);
    for (const identity of CI_IDENTITIES) {
      const section = script.split(`# ${identity.id}: `)[1]!.split("\n# ")[0]!;
      for (const role of identity.azureRoles) expect(section, `${identity.id} ${role.role}`).toContain(`--role '${role.role}'`);
      for (const permission of identity.graphPermissions) expect(section).toContain(`"$graph_sp" '${permission}'`);
      const granted = [...section.matchAll(/--role '([^']+)'/g)].map((m) => m[1]);
      expect(new Set(granted)).toEqual(new Set(identity.azureRoles.map((r) => r.role)));
    }
  });

  it("refuses to grant the deploy identity when its declared credential is not the deploy job's subject", () => {
    const wrong = structuredClone(org);
    wrong.identity.automation.federatedCredential!.subject = "repo:exempelkommun/exchange-iac:ref:refs/heads/main";
    expect(() => identitiesBootstrapScript(wrong)).toThrow(/identity\.automation\.federatedCredential\.subject: received "repo:exempelkommun\/exchange-iac:ref:refs\/heads\/main"; expected "repo:exempelkommun\/exchange-iac:environment:production"/);
  });
});
