// The technical annex (teknisk bilaga): the full reasoning behind the council paper, per
// perspective with every fact and policy finding, the score calculation, the resources, the
// steps before going live and the notes on the tool. A separate file, not part of the paper
// the council reads. Every figure and sentence comes from the comparison and the catalog.
import { catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { appendices } from "./appendices";
import { type PaperDocument, heading } from "./document";
import { economy } from "./economy";
import { legalSection, overall, security, technicalSection } from "./sections";

export function buildTechnicalAnnex(c: Comparison): PaperDocument {
  const m = catalog(c.lang);
  const p = m.paper;
  const title = m.council.annexTitle(c.organization);
  return {
    lang: c.lang,
    title,
    header: `${c.organization} · ${m.council.annexKind} · ${c.asOf}`,
    blocks: [
      { kind: "paragraph", content: [`${m.council.annexKind} · ${p.dated(c.asOf)}`], className: "meta" },
      heading(1, title),
      { kind: "paragraph", content: [p.intro(c.years)], className: "lead" },
      ...security(c, m),
      ...legalSection(c, m),
      ...technicalSection(c, m),
      ...economy(c, m),
      ...overall(c, m),
      ...appendices(c, m),
    ],
  };
}

