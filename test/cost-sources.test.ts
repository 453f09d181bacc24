// The cost module and the licence rules cite the sources registry, never the research notes:
// every source cited in their code, comments and documented usage defaults is a registry id
// (test/sources.test.ts checks the comments of the whole repository).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DEFAULT_USAGE, usageSchema } from "../cost/usage";
import { isSourceId } from "../sources";

const ROOT = new URL("..", import.meta.url).pathname;
const AREA = ["cost", "model/licences.ts", "model/retention-periods.ts", "policies/rules/licences", "diff"];
const files = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : /\.(ts|ya?ml)$/.test(path) ? [path] : []);
const texts = AREA.flatMap((entry) => files(join(ROOT, entry))).map((file) => ({ file: file.slice(ROOT.length), text: readFileSync(file, "utf8") }));

it("names no research note", () => {
  const notes = /prices\.md|onprem-exchange\.md|exo-tenant\.md|legal-se\.md|\.\.\/shared/;
  expect(texts.filter(({ text }) => notes.test(text)).map(({ file }) => file)).toEqual([]);
});

it("cites only registry ids in (source: ...) and (sources: ...)", () => {
  const cited = texts.flatMap(({ file, text }) => [...text.matchAll(/\(sources?: ([a-z0-9, -]+)\)/g)].flatMap((m) => m[1]!.split(/,\s*/).map((id) => ({ file, id }))));
  expect(cited.length).toBeGreaterThan(10);
  expect(cited.filter(({ id }) => !isSourceId(id))).toEqual([]);
});

it("documents every usage default, with a registry id where it rests on a public source", () => {
  const shape = usageSchema.unwrap().shape as Record<string, { description?: string }>;
  for (const key of Object.keys(DEFAULT_USAGE)) {
    const description = shape[key]!.description ?? "";
    expect(description.length, key).toBeGreaterThan(15);
    for (const m of description.matchAll(/sources?: ([a-z0-9, -]+)/g)) for (const id of m[1]!.split(/,\s*/)) expect(isSourceId(id), `${key}: ${id}`).toBe(true);
  }
});
