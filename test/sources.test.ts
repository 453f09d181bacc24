// The sources registry: every entry can be opened by a reader and says what the project takes
// from it. Unknown ids in code fail the compiler (SourceId); data files are checked here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { SOURCES, SOURCE_AREAS, isSourceId, type Source } from "../sources";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const entries = Object.entries(SOURCES) as [string, Source][];

it("gives every source a title, a publisher, a public https URL, the day it was read and one line of what it says", () => {
  for (const [id, source] of entries) {
    expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(source.title.trim().length, id).toBeGreaterThan(3);
    expect(source.publisher.trim().length, id).toBeGreaterThan(1);
    expect(new URL(source.url).protocol, id).toBe("https:");
    expect(source.read, id).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(Number.isNaN(Date.parse(source.read)), id).toBe(false);
    expect(source.says.trim().length, id).toBeGreaterThan(10);
    expect(source.says, id).not.toMatch(/[\r\n]/);
  }
});

it("lists each id in one area file only", () => {
  const ids = Object.values(SOURCE_AREAS).flatMap((area) => Object.keys(area));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});

it("lists each page once", () => {
  const urls = entries.map(([, source]) => source.url.replace(/\/$/, ""));
  expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
});

it("knows its own ids and refuses others", () => {
  for (const [id] of entries) expect(isSourceId(id)).toBe(true);
  expect(isSourceId("legal-se.md")).toBe(false);
  expect(isSourceId("toString")).toBe(false);
});

it("knows every source a comment cites by id", () => {
  const files = execFileSync("git", ["ls-files", "*.ts", "*.yaml", "*.md"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  const unknown: string[] = [];
  let cited = 0;
  for (const file of files) {
    // Comments only (after //, # or a JSDoc *); a citation may wrap onto the next comment line.
    const text = readFileSync(join(ROOT, file), "utf8");
    for (const match of text.matchAll(/^[^\n]*?(?:\/\/|#|\*)[^\n]*?\(sources?: ([a-z0-9-]+(?:,\s*(?:(?:\/\/|#)\s*)?[a-z0-9-]+)*)/gm)) {
      for (const id of match[1]!.split(/,\s*(?:(?:\/\/|#)\s*)?/)) {
        cited++;
        if (!isSourceId(id)) unknown.push(`${file}: ${id}`);
      }
    }
  }
  expect(cited).toBeGreaterThan(50);
  expect(unknown).toEqual([]);
});
