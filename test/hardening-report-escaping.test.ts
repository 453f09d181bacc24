// Free text reaches the comparison as text, never as structure: whatever a name, a reason or
// a finding message holds (arbitrary Unicode, `<script>`, `|`, line breaks, backticks, links),
// comparison.html parses (parse5, the HTML standard's algorithm) to the same elements and
// attributes, and comparison.md (marked, GitHub-flavoured) to the same blocks, tables and
// inline markup, as the report written with a plain word in those places. Organizations are
// built in code, past the loader, which would refuse most of these strings.
import fc from "fast-check";
import { marked, type Token } from "marked";
import { parse } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { validateOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { collectArtifacts } from "../report/artifacts";
import { buildComparison } from "../report/build";
import type { Comparison } from "../report/model";
import { SILENT } from "../report/progress";
import { renderComparisonHtml } from "../report/render/html";
import { markdownText } from "../report/render/escape";
import { renderComparisonMarkdown } from "../report/render/markdown";
import { exampleData } from "./helpers/example";

/**
 * The elements (with their attribute names, `class` aside) and comments, in document order.
 * `<wbr>` is left out: the renderer adds it to long identifiers in table cells as a line-break
 * hint (report/render/html.ts); it holds no text and has no attributes.
 */
function htmlStructure(html: string): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (node.nodeName === "#comment") out.push("#comment");
    else if (node.tagName === "wbr") return;
    else if (node.tagName) out.push(`${node.tagName}(${node.attrs.map((a: { name: string }) => a.name).filter((name: string) => name !== "class").sort().join(",")})`);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content); // <template>
  };
  walk(parse(html));
  return out;
}

/** Markdown tokens other than plain text and escapes, with the shape of tables and lists. */
function markdownStructure(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens as any[]) {
      if (token.type === "table") {
        out.push(`table(${token.header.length}:${token.rows.map((row: unknown[]) => row.length).join(",")})`);
        for (const cell of [...token.header, ...token.rows.flat()]) walk(cell.tokens);
        continue;
      }
      if (token.type === "list") out.push(`list(${token.items.length})`);
      else if (token.type === "heading") out.push(`h${token.depth}`);
      else if (token.type !== "text" && token.type !== "escape") out.push(token.type);
      if (token.items) walk(token.items);
      if (token.tokens) walk(token.tokens);
    }
  };
  walk(marked.lexer(markdown));
  return out;
}

/** Pieces of hostile text, mixed with arbitrary Unicode below. */
const PAYLOADS = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "</td></tr></table>", "<!--", "-->", "<![CDATA[", "&amp;", "&#60;",
  "|", "\\|", "\n", "\r\n", "\r", "\n\n# Heading\n", "`", "```", "*", "**", "_", "~~", "[link](javascript:alert(1))", "![i](x)", "<https://evil.example>",
  "https://evil.example", "www.evil.example", "someone@evil.example", "\\", "# ", "- ", "1. ", "> ", "---", "\u0000", "\u2028", "\u202e", "$(Get-Date)", "$x^2$", "$$", "$`x`$", "'", '"', "\t",
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: "binary", maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(""));

/**
 * Every free-text string of the comparison set to `text`: the organization, option titles,
 * finding messages, risk reasons, places and operators, the recorded legal facts (approver,
 * references, deletion decisions), the witness, notes and assumptions.
 */
function withText(c: Comparison, text: string): Comparison {
  const copy = structuredClone(c);
  copy.organization = text;
  for (const o of copy.options) {
    o.title = text;
    for (const f of o.findings.list) Object.assign(f, { message: text, text });
    for (const r of o.risk) for (const reason of r.reasons) reason.fact = text;
    for (const d of o.dataLocation) Object.assign(d, { location: text, operator: text, jurisdictions: [text, text] });
  }
  const legal = copy.legal;
  if (legal.oslAssessment) Object.assign(legal.oslAssessment, { approvedBy: text, reference: text });
  if (legal.dpia) legal.dpia.reference = text;
  for (const decision of legal.deletionDecisions) Object.assign(decision, { id: text, what: text });
  copy.technical.witness = text;
  for (const note of copy.toolNotes) note.text = text;
  copy.assumptions = copy.assumptions.map(() => text);
  for (const row of copy.decision.carriers) row.reason = text;
  return copy;
}

/** Every free-text field of the organization file that the comparison shows, set to `text`. */
function organizationWithText(org: OrganizationFile, text: string): OrganizationFile {
  const copy = structuredClone(org);
  copy.organization.name = text;
  copy.sites.primary.name = `${text} 1`;
  copy.sites.recovery.name = `${text} 2`;
  copy.retention.deletionDecisions[0]!.id = `${text} p. 4`;
  copy.retention.deletionDecisions[0]!.what = text;
  copy.governance.dpia!.reference = text;
  // The approver stays a name: one with a line break is no approver, and GOV-03 makes that a condition of the decision.
  Object.assign(copy.governance.oslSuitabilityAssessment!, { approvedBy: text.replace(/[\r\n]+/g, " "), reference: text });
  // Distinct in their first characters: role groups are named from a shortened, cleaned name.
  copy.governance.recordsAccessRoles = [`A ${text}`, `B ${text}`];
  // A finding with a message, and a waiver whose reason and approver are this text.
  delete copy.governance.exitPlan;
  copy.waivers = [{ rule: "GOV-07", option: "online", reason: `${text} until spring`, approvedBy: text, expires: "2027-06-30" }];
  return copy;
}

// The example in both languages of the paper, with an OSL assessment so that its approver shows.
const AS_OF = "2026-11-26";
const exampleOrg = () => {
  const data = exampleData();
  data.governance.oslSuitabilityAssessment = { date: "2026-10-01", approvedBy: "Kommunstyrelsen", reference: "KS 2026/400" };
  return validateOrganization(data);
};
let examples: Comparison[];
beforeAll(async () => {
  const artifacts = await collectArtifacts(exampleOrg(), AS_OF, SILENT);
  examples = [buildComparison(artifacts, "sv"), buildComparison(artifacts, "en")];
}, 120_000);

describe("markdownText", () => {
  it("leaves no $ that GitHub would read as the start of math", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(markdownText(text)).not.toMatch(/(^|[^\\])(\\\\)*\$/);
      }),
    );
    expect(markdownText("Kommun $x^2$ och $$")).toBe("Kommun \\$x^2\\$ och \\$\\$");
  });
});

describe("free text never becomes structure in the comparison (property-based)", () => {
  it("comparison.html and comparison.md keep their structure whatever text the free-text fields hold", () => {
    const plain = examples.map((example) => withText(example, "x"));
    const html = plain.map((c) => htmlStructure(renderComparisonHtml(c)));
    const markdown = plain.map((c) => markdownStructure(renderComparisonMarkdown(c)));
    fc.assert(
      fc.property(hostileText, fc.nat(1), (text, lang) => {
        const hostile = withText(examples[lang]!, text);
        expect(htmlStructure(renderComparisonHtml(hostile))).toEqual(html[lang]);
        expect(markdownStructure(renderComparisonMarkdown(hostile))).toEqual(markdown[lang]);
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });

  it("the text is shown, not dropped: the HTML's text holds it as written", () => {
    const text = "Kommun <script>alert(1)</script> | `x` & \"y\"";
    const document = parse(renderComparisonHtml(withText(examples[0]!, text)));
    const all: string[] = [];
    const walk = (node: any) => {
      if (node.nodeName === "#text") all.push(node.value);
      for (const child of node.childNodes ?? []) walk(child);
    };
    walk(document);
    expect(all.filter((value) => value.includes(text)).length).toBeGreaterThan(5);
  });

  it("an organization built in code with hostile text in every shown free-text field: same structure end to end", async () => {
    const org = exampleOrg();
    const text = "Kommun\nRemove-Item C:\\ <script>alert(1)</script> | `x` **y** [z](https://evil.example) \r\n# H";
    const render = async (value: string) => {
      const comparison = buildComparison(await collectArtifacts(organizationWithText(org, value), AS_OF, SILENT), "sv");
      return { html: renderComparisonHtml(comparison), markdown: renderComparisonMarkdown(comparison) };
    };
    const [plain, hostile] = [await render("x"), await render(text)];
    expect(hostile.html).toContain("Kommun\nRemove-Item C:\\ &lt;script&gt;alert(1)&lt;/script&gt;");
    // Findings are sorted by their message, so rows may change places: the same elements, counted.
    // Emphasis marks the sensitivity cases that flip the recommendation, which depends on the risk
    // scores; the text itself moves them (the online score differs by half a point), so it is not counted.
    const counted = (structure: string[]) => structure.filter((element) => element !== "strong()" && element !== "strong").sort();
    expect(counted(htmlStructure(hostile.html))).toEqual(counted(htmlStructure(plain.html)));
    expect(counted(markdownStructure(hostile.markdown))).toEqual(counted(markdownStructure(plain.markdown)));
  }, 120_000);
});
