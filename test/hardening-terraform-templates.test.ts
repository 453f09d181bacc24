// Finding 2, "Terraform template injection": free text from the organization file must never
// become live Terraform template syntax (`${...}`, `%{...}`) in cdk.tf.json, where Terraform
// would evaluate it (file(), a sensitive variable copied into a tag). Checked on the final JSON,
// after cdktf, by the same scanner synth runs before it writes anything.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/input-error";
import { validateOrganization } from "../model/load";
import { buildApp } from "../stacks/app";
import { isSafeTemplate, liveSequences, liveTemplatesIn } from "../stacks/terraform-templates";
import { hclString, terraformText } from "../constructs/terraform-text";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData, exampleWith } from "./helpers/example";

type Path = (string | number)[];

/** Every string leaf of `data` with its path. */
function stringPaths(data: unknown, path: Path = []): Path[] {
  if (typeof data === "string") return [path];
  if (Array.isArray(data)) return data.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (data && typeof data === "object") return Object.entries(data).flatMap(([key, value]) => stringPaths(value, [...path, key]));
  return [];
}

function setAt(data: any, path: Path, value: string): void {
  path.slice(0, -1).reduce((node, key) => node[key], data)[path.at(-1)!] = value;
}

/** The synthesized cdk.tf.json of both stacks, policies off (only the text matters here). */
function synthesizedJson(data: unknown): unknown[] {
  const outdir = mkdtempSync(join(tmpdir(), "exchange-iac-templates-"));
  const { app, stacks } = buildApp(validateOrganization(data), outdir, undefined, false);
  app.synth();
  return stacks.map((stack) => JSON.parse(readFileSync(join(outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8")));
}

/** Strings of `json` holding `marker` inside a live template sequence. */
function liveMarkers(json: unknown, marker: string): string[] {
  if (typeof json === "string") return json.includes(marker) && liveSequences(json).length > 0 && !isSafeTemplate(json) ? [json] : [];
  if (Array.isArray(json)) return json.flatMap((item) => liveMarkers(item, marker));
  if (json && typeof json === "object") return Object.values(json).flatMap((value) => liveMarkers(value, marker));
  return [];
}

describe("finding 2: Terraform template injection into cdk.tf.json", () => {
  it("the scanner tells escaped text from live template syntax", () => {
    expect(isSafeTemplate("Kommun")).toBe(true);
    expect(isSafeTemplate("${azurerm_resource_group.rg.name}")).toBe(true);
    expect(isSafeTemplate('${one([for i in x : i.id if i.name == "a-\\u0024{b}"])}')).toBe(true);
    expect(isSafeTemplate("Kommun $${x} %%{y}")).toBe(true);
    expect(isSafeTemplate('Kommun ${file("/etc/hostname")}')).toBe(false);
    expect(isSafeTemplate("a %{if true}b%{endif}")).toBe(false);
    expect(isSafeTemplate("${var.a} ${var.b}")).toBe(false);
    expect(isSafeTemplate("unterminated ${ b")).toBe(false);
    expect(isSafeTemplate('${one([for i in x : i if i.name == "C-${file(\\"x\\")}"])}')).toBe(false);
    // Inside a longer string nothing is live, not even a reference to a declared resource: the
    // stacks write such values as plain text (the Key Vault extension's settings name the vault's URI).
    expect(isSafeTemplate('{"url":"${azurerm_key_vault.certs.vault_uri}secrets/mail"}')).toBe(false);
    expect(isSafeTemplate('{"pw":"${azurerm_key_vault.certs.admin_password}"}')).toBe(false);
    expect(isSafeTemplate('{"v":"${var.vm_admin_password}"}')).toBe(false);
  });

  it("text holding ${ or %{ becomes a quoted literal Terraform reads back as the same text", () => {
    expect(terraformText("Exempelkommun")).toBe("Exempelkommun");
    const escaped = terraformText('Kommun ${file("/etc/hostname")} %{if 1}');
    expect(isSafeTemplate(escaped)).toBe(true);
    expect(escaped).toBe(`\${${hclString('Kommun ${file("/etc/hostname")} %{if 1}')}}`);
    // The literal's escapes, undone the way the expression language reads them, give the text back.
    expect(JSON.parse(escaped.slice(2, -1).replace(/\\u0024/g, "$").replace(/\\u0025/g, "%"))).toBe('Kommun ${file("/etc/hostname")} %{if 1}');
  });

  it("organization.name with ${file()} and a sensitive variable synthesizes without a live template (tags, names, postconditions)", async () => {
    const org = tempFile(
      "org.yaml",
      exampleWith((data) => {
        data.organization.name = 'Kommun ${file("/etc/hostname")} %{if 1}x%{endif}';
        data.onprem.scvmm.customLocation = "cl-${var.vm_admin_password}";
        data.sites.primary.scvmmCloud = 'Exchange-${file("a")}-$${b}';
      }),
    );
    const out = join(mkdtempSync(join(tmpdir(), "exchange-iac-templates-")), "out");
    const result = await runCli(["--config", org, "synth", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const stack of ["onprem", "online"]) expect(liveTemplatesIn(JSON.parse(readFileSync(join(out, "stacks", stack, "cdk.tf.json"), "utf8")))).toEqual([]);
  });

  it("property: arbitrary text in every organization-file string leaves no live template sequence in the synthesized JSON", () => {
    const paths = stringPaths(exampleData());
    const text = fc
      .tuple(fc.string({ unit: fc.constantFrom("$", "%", "{", "}", '"', "\\", "a", " ", "å", "(", ")"), maxLength: 12 }), fc.constantFrom("${", "%{", "$${", "${var.vm_admin_password}", '${file("/etc/passwd")}'))
      .map(([noise, sequence]) => `${noise}${sequence}${noise}`);
    fc.assert(
      fc.property(text, (injected) => {
        const marker = "QZX";
        const value = `${marker}${injected}`;
        // A field whose rules refuse the text is refused as input (exit 2): nothing to check there.
        const accepted = paths.filter((path) => {
          const data = exampleData();
          setAt(data, path, value);
          try {
            validateOrganization(data);
            return true;
          } catch (error) {
            if (error instanceof InputError) return false;
            throw error;
          }
        });
        expect(accepted.length).toBeGreaterThan(20);
        let data = exampleData();
        for (const path of accepted) setAt(data, path, value);
        // A stack may refuse one of them in turn (a name rule): put that field back and synthesize again.
        for (let attempt = 0; ; attempt++) {
          try {
            for (const json of synthesizedJson(data)) {
              expect(liveMarkers(json, marker)).toEqual([]);
              expect(liveTemplatesIn(json)).toEqual([]);
            }
            return;
          } catch (error) {
            if (!(error instanceof InputError) || attempt > 20) throw error;
            const refused = accepted.find((path) => error.message.includes(path.join(".")));
            if (!refused) throw error;
            accepted.splice(accepted.indexOf(refused), 1);
            data = exampleData();
            for (const path of accepted) setAt(data, path, value);
          }
        }
      }),
      { numRuns: 4 },
    );
  });
});
