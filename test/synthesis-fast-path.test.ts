// What check, cost and compare read (inventory/from-stacks.ts: synthesis without cdktf's
// cross-stack "preparing" pass, in a reused scratch directory) is the Terraform JSON that a
// full cdktf synth writes, over the example, a file with every optional part and random valid
// files (issue 17).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { synthesizeToJson } from "../inventory/from-stacks";
import { InputError } from "../model/input-error";
import { parseOrganization } from "../model/load";
import { buildApp } from "../stacks/app";
import { validOrganization } from "./fuzz/organization-arbitrary";
import { exampleWith } from "./helpers/example";

const MATRIX: [string, string][] = [
  ["the example", exampleWith(() => {})],
  [
    "every optional part",
    exampleWith((data) => {
      data.organization.tenantId = "8d3f1c2a-4b5e-4f6a-9b7c-0d1e2f3a4b5c";
      data.organization.subscriptions = { primary: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", secondary: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" };
      data.online.customerKey = { enabled: true };
      data.online.audit.archiveStorage = true;
      data.sites.witness = { kind: "third-room", name: "Brandstationen" };
    }),
  ],
  ...fc.sample(validOrganization, { numRuns: 4, seed: 17 }).map((data, index): [string, string] => [`random valid file ${index + 1}`, stringify(data)]),
];

/** A full cdktf synth, as `npx cdktf synth` runs it (policies judged elsewhere, as for the readers). */
function fullSynth(text: string): Map<string, unknown> {
  const outdir = mkdtempSync(join(tmpdir(), "exchange-iac-full-synth-"));
  const { app, stacks } = buildApp(parseOrganization(text), outdir, undefined, false);
  app.synth();
  return new Map(stacks.map((stack) => [stack.node.id, JSON.parse(readFileSync(join(outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"))]));
}

describe("the Terraform JSON check, cost and compare read", () => {
  it.each(MATRIX)("%s: the same as a full cdktf synth writes", (_label, text) => {
    let full: Map<string, unknown>;
    try {
      full = fullSynth(text);
    } catch (error) {
      // A file the stacks refuse is refused the same way on the fast path.
      expect(error).toBeInstanceOf(InputError);
      expect(() => synthesizeToJson(parseOrganization(text))).toThrow((error as Error).message);
      return;
    }
    const fast = synthesizeToJson(parseOrganization(text));
    expect([...fast.keys()]).toEqual([...full.keys()]);
    for (const [stack, json] of full) expect(fast.get(stack), stack).toEqual(json);
  });
});
