// The council paper: a tjänsteskrivelse as a municipality writes one. Head (dnr, date,
// förvaltning, handläggare), Ärendet, Förslag till beslut, Sammanfattning, Bakgrund, Beredning
// och beslutsinstans, Förvaltningens bedömning, Ekonomiska konsekvenser, Konsekvenser för
// personal, Tidplan, Risk- och sårbarhetsbedömning, Juridisk bedömning, Beslutsunderlag, and
// two appendices (the scoring, the sources); where each kind of data is kept is in the annex. Technical material is in
// the separate technical annex (annex.ts).
import { catalog, type Catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { assessment, documents, economy, legal, risk, signature, staff, timeline } from "./council-body";
import { background, matter, preparation, proposal, summary } from "./council-decision";
import { type Block, type PaperDocument, cell, heading, num, paragraph } from "./document";
import { overall } from "./sections";

export function buildPaper(c: Comparison): PaperDocument {
  const m = catalog(c.lang);
  const k = m.council;
  const head = [k.documentKind, k.head.date(c.asOf), c.case ? k.head.reference(c.case.reference) : k.head.noReference, ...(c.case ? [k.head.department(c.case.department), k.head.officer(c.case.officer)] : [])];
  return {
    lang: c.lang,
    title: k.title,
    header: `${c.organization} · ${k.documentKind} · ${c.case ? `${k.head.reference(c.case.reference)} · ` : ""}${c.asOf}`,
    blocks: [
      { kind: "paragraph", content: [`${c.organization} · ${head.join(" · ")}`], className: "meta" },
      heading(1, k.title),
      ...matter(c, m),
      ...proposal(c, m),
      ...summary(c, m),
      ...background(c, m),
      ...preparation(c, m),
      ...assessment(c, m),
      ...economy(c, m),
      ...staff(c, m),
      ...timeline(c, m),
      ...risk(c, m),
      ...legal(c, m),
      ...documents(c, m),
      ...signature(c, m),
      ...appendices(c, m),
    ],
  };
}

function appendices(c: Comparison, m: Catalog): Block[] {
  const a = m.council.appendix;
  const tables = overall(c, m).filter((b) => b.kind === "table");
  const blocks: Block[] = [heading(2, a.scoresHeading), paragraph(a.scoresIntro), ...tables];
  blocks.push(heading(2, a.sourcesHeading), {
    kind: "table",
    head: ["#", m.paper.appendix.sourceColumn, "URL"],
    rows: c.sources.map((s) => [num(String(s.number)), cell(s.title), cell([{ link: s.url, href: s.url }])]),
  });
  return blocks;
}
