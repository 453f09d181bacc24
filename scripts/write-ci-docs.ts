// Writes the identity table (model/ci/identities.ts) into docs/ci.md between its markers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { identitiesMarkdown } from "../model/ci/identities";
import { writeFileAtomic } from "../model/write-file";

export const CI_DOC = fileURLToPath(new URL("../docs/ci.md", import.meta.url));
export const START = "<!-- identities:start (npm run ci-docs) -->";
export const END = "<!-- identities:end -->";

/** docs/ci.md with the current table between the markers. */
export function withCurrentTable(text: string): string {
  const [before, rest] = text.split(START);
  const after = rest?.split(END)[1];
  if (before === undefined || after === undefined) throw new Error(`${CI_DOC}: the markers ${START} and ${END} are missing`);
  return `${before}${START}\n${identitiesMarkdown()}${END}${after}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileAtomic(CI_DOC, withCurrentTable(readFileSync(CI_DOC, "utf8")));
