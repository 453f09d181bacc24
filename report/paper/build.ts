// Builds the decision paper from the comparison, in the structure of a municipal report:
// summary and recommendation, information security, legal, technical, economy, overall risk
// assessment, appendices. Every figure and sentence comes from the comparison and the catalog.
import { catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { appendices } from "./appendices";
import { type PaperDocument, heading } from "./document";
import { economy } from "./economy";
import { legalSection, overall, security, technicalSection } from "./sections";
import { summary } from "./summary";

export function buildPaper(c: Comparison): PaperDocument {
  const m = catalog(c.lang);
  const p = m.paper;
  const title = p.title(c.organization);
  return {
    lang: c.lang,
    title,
    header: `${c.organization} · ${p.documentKind} · ${c.asOf}`,
    blocks: [
      { kind: "paragraph", content: [`${p.documentKind} · ${p.dated(c.asOf)}`], className: "meta" },
      heading(1, title),
      { kind: "paragraph", content: [p.intro(c.years)], className: "lead" },
      ...summary(c, m),
      ...security(c, m),
      ...legalSection(c, m),
      ...technicalSection(c, m),
      ...economy(c, m),
      ...overall(c, m),
      ...appendices(c, m),
    ],
  };
}

