// `exchange-iac init` writes a commented organization file for a new municipality: every key
// of the schema with a comment in both languages, placeholders the loader refuses by name, and
// once they are filled, a file that `compare` runs on.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { knownCommentPaths } from "../cli/init/comments";
import { LANGS } from "../i18n/lang";
import { organizationFile } from "../model/schema";
import { runCli } from "./helpers/cli";

type Schema = z.core.$ZodType;
type Def = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema; discriminator?: string; options?: Schema[] };

function unwrap(schema: Schema): Schema {
  const d = schema._zod.def as Def;
  if (d.innerType && ["optional", "default", "prefault", "nullable"].includes(d.type)) return unwrap(d.innerType);
  return d.type === "pipe" && d.in ? unwrap(d.in) : schema;
}

/** Every key path of the schema: objects, their keys, union members' keys, list entries' keys. */
function schemaPaths(schema: Schema, path: string, out: Set<string>): Set<string> {
  const d = unwrap(schema)._zod.def as Def;
  if (path) out.add(path);
  if (d.type === "object") for (const [key, child] of Object.entries(d.shape ?? {})) schemaPaths(child, path ? `${path}.${key}` : key, out);
  if (d.type === "union" && d.discriminator) for (const option of d.options ?? []) for (const [key, child] of Object.entries((unwrap(option)._zod.def as Def).shape ?? {})) schemaPaths(child, `${path}.${key}`, out);
  if (d.type === "array" && (unwrap(d.element!)._zod.def as Def).type === "object") schemaPaths(d.element!, `${path}[]`, out);
  return out;
}

const FILLED: Record<string, unknown> = {
  "organization.name": "Nykommun",
  "organization.acceptedDomains": ["nykommun.se"],
  "mailboxes.staff": 500,
  "mailboxes.averageSizeGB": 3,
  "classification.email.confidentiality": 2,
  "classification.email.integrity": 2,
  "classification.email.availability": 3,
  "sites.primary.name": "Serverhall A",
  "sites.recovery.name": "Serverhall B",
  "sites.sharedBuilding": false,
  "sites.sharedPower": false,
  "sites.sharedNetwork": false,
  "onprem.hosts.perRoom": 2,
  "onprem.hosts.physicalCoresPerHost": 32,
  "onprem.hosts.ramGBPerHost": 512,
  "onprem.hosts.specRate2017IntBasePerCore": 8.3,
  "onprem.hosts.usableStorageTBPerRoom": 40,
  "online.licences.staff": "M365_E3",
  "cost.licensing.programme": "CSP",
  "onprem.scvmm.edgeTemplate": "WS2025-Edge",
  "azure.dataPlaneAccess.allowedAddresses": ["198.51.100.20"],
  "identity.automation.federatedCredential.subject": "repo:nykommun/exchange-iac:environment:production",
  "identity.breakGlassAccountIds": ["5d1f0b6a-2c3e-4f70-9a8b-1c2d3e4f5a61", "6e2a1c7b-3d4f-4a81-8b9c-2d3e4f5a6b72"],
  // The head of the council paper: init asks for them.
  "decision.case.reference": "KS 2027/15",
  "decision.case.department": "Kommunledningsförvaltningen",
  "decision.case.officer": "Eva Berg, IT-chef",
};

describe("exchange-iac init", () => {
  it("has a comment in both languages for every key of the schema, and none for a key it no longer has", () => {
    const paths = [...schemaPaths(organizationFile, "", new Set())].filter((path) => path !== "$schema" && !path.endsWith("[]")).sort();
    for (const language of LANGS) {
      const known = new Set(knownCommentPaths(language));
      expect(paths.filter((path) => !known.has(path)), language).toEqual([]);
      expect([...known].filter((path) => !paths.includes(path)), language).toEqual([]);
    }
  });

  it("writes a file that is refused, naming each placeholder, until the placeholders are replaced; then compare runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-init-"));
    const file = join(dir, "nykommun.yaml");
    const written = await runCli(["init", "--out", file, "--lang", "en"]);
    expect(written.code).toBe(0);
    const listed = [...written.stderr.matchAll(/^ {2}([\w.]+): </gm)].map((match) => match[1]!.replace(/\.\d+$/, ""));
    expect([...new Set(listed)].sort()).toEqual(Object.keys(FILLED).sort());

    const refused = await runCli(["--config", file, "sizing"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`error: ${file}: organization.name: received the placeholder "<the municipality's name>"; expected your own value in its place (exchange-iac init wrote the placeholder; see the comment above the key)\n`);

    const document = parseDocument(readFileSync(file, "utf8"));
    for (const [path, value] of Object.entries(FILLED)) document.setIn(path.split("."), value);
    writeFileSync(file, document.toString());
    const out = join(dir, "out");
    const compared = await runCli(["--config", file, "--format", "json", "compare", "--out", out]);
    expect(compared.stderr).toBe("");
    expect(compared.code).toBe(0);
    for (const name of ["comparison.md", "comparison.json", "comparison.html", "comparison-technical.md", "comparison-technical.html"]) expect(existsSync(join(out, name)), name).toBe(true);
    expect(readFileSync(join(out, "comparison.md"), "utf8")).toContain("Dnr KS 2027/15");
  });

  it("never overwrites an existing file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "exchange-iac-init-")), "org.yaml");
    writeFileSync(file, "mine\n");
    const result = await runCli(["init", "--out", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: --out: received ${JSON.stringify(file)}; expected a file that does not exist yet (init never overwrites; choose another name or remove the file)\n`);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });

  it("writes Swedish comments by default and English ones with --lang en", async () => {
    const sv = await runCli(["init"]);
    const en = await runCli(["init", "--lang", "en"]);
    expect(sv.stdout).toContain("# Postlådeprofilen som dimensioneringen och licenserna räknas fram ur.");
    expect(en.stdout).toContain("# The mailbox profile the on-prem sizing and the licences are computed from.");
    for (const text of [sv.stdout, en.stdout]) for (const line of text.split("\n")) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
