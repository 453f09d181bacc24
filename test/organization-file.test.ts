// Bad organization files exit 2 with one message that names the field, the value
// received and what was expected, and no stack trace.
import { describe, expect, it } from "vitest";
import { loadOrganizationFile, EXAMPLE_CONFIG } from "../model/load";
import { runBinary, runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

async function sizingWith(name: string, text: string) {
  return runCli(["--config", tempFile(name, text), "sizing"]);
}

function expectInputError(result: { code: number; stdout: string; stderr: string }, ...fragments: string[]) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("organization file validation", () => {
  it("accepts the built-in example and fills documented defaults", () => {
    const org = loadOrganizationFile(EXAMPLE_CONFIG);
    expect(org.organization.name).toBe("Exempelkommun");
    expect(org.mailboxes.staff).toBe(720);
    expect(org.onprem.vcpuPerPhysicalCore).toBe(1);
    expect(org.waivers).toEqual([]);
  });

  it("rejects a wrong type, naming the field and the value", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => (d.mailboxes.staff = "many")));
    expectInputError(result, "mailboxes.staff", 'received "many"', "expected a number");
  });

  it("rejects a negative count", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => (d.mailboxes.shared = -5)));
    expectInputError(result, "mailboxes.shared", "received -5", "at least 0");
  });

  it("rejects an unknown key", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => (d.onprem.dag.copiesPerDatabse = 3)));
    expectInputError(result, "onprem.dag.copiesPerDatabse", "unknown key");
  });

  it("rejects a missing required field", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => delete d.mailboxes.quotaGB));
    expectInputError(result, "mailboxes.quotaGB", "field is missing", "expected a number");
  });

  it("rejects a value outside an enumeration", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => (d.onprem.exchangeVersion = "2013")));
    expectInputError(result, "onprem.exchangeVersion", '"2013"', 'one of', '"SE"', '"2019"', '"2016"');
  });

  it("rejects malformed YAML with its line", async () => {
    const result = await sizingWith("org.yaml", "organization:\n  name: [unclosed\nmailboxes: {\n");
    expectInputError(result, "line", "not valid YAML");
  });

  it("reads JSON as well", async () => {
    const json = JSON.stringify(JSON.parse(JSON.stringify(loadOrganizationFile(EXAMPLE_CONFIG))));
    const result = await sizingWith("org.json", json);
    expect(result.code).toBe(0);
  });

  it("rejects a path that does not exist", async () => {
    const result = await runCli(["--config", "/no/such/organization.yaml", "sizing"]);
    expectInputError(result, "--config", '"/no/such/organization.yaml"', "no such file");
  });

  it("rejects a pinned design that cannot hold the database copies", async () => {
    const result = await sizingWith("org.yaml", exampleWith((d) => (d.onprem.mailboxServers = { perRoom: 1 })));
    expectInputError(result, "onprem.mailboxServers.perRoom", "received 1", "at least 2");
  });

  it("exits 2 from the real binary with no stack trace", async () => {
    const result = await runBinary(["--config", tempFile("org.yaml", exampleWith((d) => (d.mailboxes.staff = -1))), "sizing"]);
    expectInputError(result, "mailboxes.staff", "received -1");
  });
});

describe("usage errors", () => {
  it("rejects an unknown format", async () => {
    const result = await runCli(["--format", "xml", "sizing"]);
    expectInputError(result, "--format", "'xml'", "text, json");
  });

  it("rejects an unknown command", async () => {
    const result = await runCli(["frobnicate"]);
    expectInputError(result, "unknown command 'frobnicate'");
  });
});
