// `export tcm`: the declared tenant as a Tenant Configuration Management monitor body. Over a
// matrix of organization files (the example, every optional part on, fuzz-generated valid
// files) every resource type and property is one the recorded TCM reference lists
// (model/tcm/reference.ts, from Microsoft's documentation), every origin is a field of the
// organization file, and every declared item is either in the baseline or listed as not covered.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tenantDocument } from "../inventory/tenant";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import type { SettingsSection } from "../model/exchange-online/settings";
import { InputError } from "../model/input-error";
import { validateOrganization } from "../model/load";
import { referenceViolations } from "../model/tcm/conformance";
import { EXCHANGE_SECTIONS, isCovered } from "../model/tcm/exchange";
import { buildTcmMonitor, type TcmMonitor } from "../model/tcm/monitor";
import { MAX_RESOURCES_PER_MONITOR, TCM_RESOURCE_TYPES } from "../model/tcm/reference";
import { SOURCES } from "../sources";
import { validOrganization } from "./fuzz/organization-arbitrary";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData } from "./helpers/example";

function everyOptionalPart(): Record<string, any> {
  const data = exampleData();
  data.organization.tenantId = "8d3f1c2a-4b5e-4f6a-9b7c-0d1e2f3a4b5c";
  data.organization.subscriptions = { primary: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", secondary: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" };
  data.organization.acceptedDomains.push("skola.exempelkommun.se");
  data.online.customerKey = { enabled: true };
  data.azure.dataPlaneAccess = { allowedAddresses: ["203.0.113.10"] };
  data.online.audit.archiveStorage = true;
  data.retention.deletionDecisions.push({ id: "BUN 2024/9", what: "Elevärenden", retainYears: 5, contentMatchQuery: "subject:elev" });
  data.identity.allowedSignInCountries = ["SE", "NO"];
  return data;
}

const MATRIX: [string, Record<string, any>][] = [
  ["the example", exampleData()],
  ["every optional part", everyOptionalPart()],
  ...fc.sample(validOrganization, { numRuns: 6, seed: 20261201 }).map((data, index) => [`fuzz file ${index}`, data] as [string, Record<string, any>]),
];

/** The value at a dotted path of the organization file; the last segment may be an optional field left out. */
function fieldExists(data: unknown, path: string): boolean {
  const segments = path.split(" ")[0]!.split(".");
  let node: unknown = data;
  for (const [index, segment] of segments.entries()) {
    if (node === null || typeof node !== "object") return false;
    if (!(segment in node)) return index === segments.length - 1 && !/^\d+$/.test(segment);
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

describe("export tcm: conformance with the recorded TCM reference", () => {
  it.each(MATRIX)("%s", async (_name, data) => {
    const org = validateOrganization(data);
    const document = buildExchangeOnlineDocument(org);
    let monitor: TcmMonitor;
    try {
      monitor = buildTcmMonitor(org, document, await tenantDocument(org));
    } catch (error) {
      // A valid file the tenant program cannot build (no break-glass account, say) is exit 2 everywhere.
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    const resources = monitor.body.baseline.resources;
    expect(referenceViolations(monitor.body)).toEqual([]);
    expect(resources.length).toBeLessThanOrEqual(MAX_RESOURCES_PER_MONITOR);
    expect(new Set(resources.map((resource) => resource.displayName)).size).toBe(resources.length);

    // Each covered settings section contributes one resource per item, of its TCM type.
    for (const [section, mapping] of Object.entries(EXCHANGE_SECTIONS)) {
      if (!isCovered(mapping)) continue;
      const value = document.settings[section as SettingsSection];
      const count = Array.isArray(value) ? value.length : 1;
      expect(resources.filter((resource) => resource.resourceType === mapping.resourceType), section).toHaveLength(count);
    }
    // Every Entra type the tenant program declares has a row in the mapping.
    expect(monitor.notCovered.filter((item) => item.reason.includes("no TCM mapping"))).toEqual([]);
    // Every field a drift would point at is a field of the organization file.
    const origins = [
      ...monitor.declared.flatMap((entry) => [entry.origin, ...Object.values(entry.propertyOrigins)]),
      ...monitor.notCovered.map((item) => item.field),
    ].filter((origin): origin is string => origin !== null);
    for (const origin of origins) expect(fieldExists(org, origin), origin).toBe(true);
  });

  it("records every resource type with its sources, and sources that exist", () => {
    for (const [type, reference] of Object.entries(TCM_RESOURCE_TYPES)) {
      expect(type).toMatch(/^microsoft\.(exchange|securityandcompliance|entra)\.[a-z0-9]+$/);
      for (const id of reference.sources) expect(SOURCES[id], `${type}: ${id}`).toBeDefined();
      for (const required of reference.required) expect(Object.keys(reference.properties), type).toContain(required);
    }
  });

  it("fails on a type or a property the reference does not list, and on a value of the wrong kind", () => {
    const body = {
      displayName: "x",
      description: "",
      baseline: {
        displayName: "x",
        description: "",
        resources: [
          { displayName: "a", resourceType: "microsoft.exchange.externalinoutlook", properties: { Identity: "x" } },
          { displayName: "b", resourceType: "microsoft.exchange.remotedomain", properties: { Identity: "Default", AutoForwardingEnabled: false } },
          { displayName: "c", resourceType: "microsoft.exchange.dkimsigningconfig", properties: { Identity: "x", KeySize: 4096 } },
          { displayName: "d", resourceType: "microsoft.entra.group", properties: { DisplayName: "x" } },
        ],
      },
    };
    expect(referenceViolations(body as never)).toEqual([
      'microsoft.exchange.externalinoutlook "a": the resource type is not in the recorded TCM reference',
      'microsoft.exchange.remotedomain "b": AutoForwardingEnabled is not a property of microsoft.exchange.remotedomain in the recorded reference',
      'microsoft.exchange.dkimsigningconfig "c": KeySize is 4096, expected one of 1024, 2048',
      'microsoft.entra.group "d": the required property MailNickname is missing',
      'microsoft.entra.group "d": the required property SecurityEnabled is missing',
      'microsoft.entra.group "d": the required property MailEnabled is missing',
    ]);
  });
});

describe("export tcm on the command line", () => {
  it("writes the same monitor body to a file as to standard output, byte for byte on every run", async () => {
    const first = await runCli(["export", "tcm"]);
    const second = await runCli(["export", "tcm"]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const body = JSON.parse(first.stdout);
    expect(body).toMatchObject({ displayName: "exchange-iac Exempelkommun", baseline: { displayName: "exchange-iac Exempelkommun" } });
    expect(body.baseline.resources.find((resource: { displayName: string }) => resource.displayName === "Organization config").properties).toEqual({
      IsSingleInstance: "Yes",
      AuditDisabled: false,
    });

    const out = tempFile("placeholder", "");
    const written = await runCli(["export", "tcm", "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain("(27 resources, 108 of the tenant's 800 monitored resources a day; 16 declared items TCM cannot watch");
    expect(readFileSync(out, "utf8")).toBe(first.stdout);
  });

  it("refuses a baseline over the service's daily limit, with the count (exit 2)", async () => {
    const data = exampleData();
    data.retention.deletionDecisions = Array.from({ length: 88 }, (_, index) => ({ id: `KS 2026/${index}`, what: "E-mail", retainYears: 2 }));
    const result = await runCli(["--config", tempFile("many.json", JSON.stringify(data)), "export", "tcm"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "error: the TCM baseline: received 201 resources (804 monitored a day); expected at most 200 resources: a monitor runs 4 times a day and a tenant may monitor at most 800 resources a day; fewer retention.deletionDecisions or organization.acceptedDomains make it smaller\n",
    );
  });
});
