// The documentation a user reads stays true: links resolve, the commands and options it shows
// exist in --help, the organization-file keys it names exist in the schema, the README stays
// short, and --version matches package.json and CHANGELOG.md.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli";
import { brokenLinks, documentationFiles, unknownCommandsAndOptions, unknownKeys, type MarkdownFile } from "./helpers/docs-check";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const schema = JSON.parse(readFileSync(`${ROOT}/schema/organization.schema.json`, "utf8"));
const packageVersion = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")).version as string;
const help = async (words: string[]) => (await runCli([...words, "--help"])).stdout;
const files = documentationFiles(ROOT);

const GUIDES = [
  "docs/getting-started.md",
  "docs/sv/beslutsunderlag.md",
  "docs/onprem.md",
  "docs/online.md",
  "docs/ci.md",
  "docs/cost.md",
  "docs/policies.md",
  "docs/security.md",
  "docs/architecture.md",
  "CONTRIBUTING.md",
];

describe("the README", () => {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");

  it("stays under 250 lines", () => {
    expect(readme.split("\n").length).toBeLessThan(250);
  });

  it("links every guide", () => {
    for (const guide of GUIDES) expect(readme, guide).toContain(`](${guide})`);
  });
});

describe("every guide", () => {
  it("has only links that resolve, anchors included", () => {
    expect(brokenLinks(ROOT, files)).toEqual([]);
  });

  it("shows only commands and options that --help lists", async () => {
    const problems = (await Promise.all(files.map((file) => unknownCommandsAndOptions(file, help)))).flat();
    expect(problems).toEqual([]);
  });

  it("names only organization-file keys the schema has (the changelog may name removed ones)", () => {
    expect(files.filter((file) => file.path !== "CHANGELOG.md").flatMap((file) => unknownKeys(file, schema))).toEqual([]);
  });
});

describe("the checks find what rots", () => {
  const planted = (text: string): MarkdownFile => ({ path: "docs/planted.md", text });

  it("a broken link, a missing anchor and a link out of the repository", () => {
    const problems = brokenLinks(ROOT, [planted("See [the guide](no-such-guide.md), [costs](cost.md#no-such-heading) and [outside](../../etc/passwd).\n")]);
    expect(problems.map((problem) => problem.problem)).toEqual([
      "link no-such-guide.md: docs/no-such-guide.md does not exist",
      "link cost.md#no-such-heading: docs/cost.md has no heading with the anchor #no-such-heading",
      "link ../../etc/passwd leaves the repository",
    ]);
  });

  it("an invented option, an invented command and an invented subcommand option", async () => {
    const text = "Run `exchange-iac compare --no-such-option`, then `exchange-iac frobnicate`.\n\n```sh\nnpx exchange-iac tenant plan --current now.json --invented\n```\n\nOr `check --plan out/plan.json --imaginary`.\n";
    const problems = await unknownCommandsAndOptions(planted(text), help);
    expect(problems.map((problem) => `${problem.line}: ${problem.problem}`)).toEqual([
      '1: option --no-such-option is not one "exchange-iac compare --help" lists',
      '1: command "exchange-iac frobnicate" does not exist',
      '4: option --invented is not one "exchange-iac tenant plan --help" lists',
      '7: option --imaginary is not one "exchange-iac check --help" lists',
    ]);
  });

  it("an invented key, and placeholders that stand for any key", () => {
    const text = "Set `onprem.edge.enabled: true`, `sites.<room>.scvmmCloud`, `retention.deletionDecisions.N.retainYears` and `onprem.edge.invented`.\n";
    expect(unknownKeys(planted(text), schema).map((problem) => problem.problem)).toEqual(["key onprem.edge.invented is not in the organization file's schema"]);
  });
});

describe("the version", () => {
  it("--version prints package.json's version", async () => {
    const result = await runCli(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  });

  it("CHANGELOG.md has an entry for it", () => {
    const changelog = readFileSync(`${ROOT}/CHANGELOG.md`, "utf8");
    expect(changelog).toMatch(new RegExp(`^## \\[${packageVersion.replace(/\./g, "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
  });
});
