// Informationssäkerhet, Juridik, Teknik and Sammanvägd riskbedömning.
import type { Catalog } from "../../i18n/catalog";
import { LEGAL_TOPICS, RISK_DIMENSIONS, SECURITY_DIMENSIONS, type Comparison } from "../model";
import { citeNumbers, reasonsTable, riskOf, scoreLine } from "./common";
import { type Block, type Cell, cell, heading, num, paragraph } from "./document";

export function security(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.security;
  const k = c.classification;
  const blocks: Block[] = [heading(2, p.heading), paragraph(p.intro), paragraph(p.classification(k.confidentiality, k.integrity, k.availability, c.legal.maxConfidentialityInEmail))];
  for (const dimension of SECURITY_DIMENSIONS) {
    blocks.push(heading(3, m.report.dimension[dimension]), reasonsTable(c, m, dimension), scoreLine(c, m, dimension, p.scoreLine));
  }
  return blocks;
}

export function legalSection(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.legal;
  const l = c.legal;
  const f = m.format;
  const blocks: Block[] = [heading(2, p.heading), paragraph(p.intro)];
  const facts: Record<(typeof LEGAL_TOPICS)[number], Block[]> = {
    osl: [paragraph(l.oslAssessment ? p.oslAssessment(l.oslAssessment.date, l.oslAssessment.approvedBy, l.oslAssessment.reference ?? "") : p.oslNoAssessment)],
    gdpr: [
      paragraph(l.dpia ? p.dpia(l.dpia.reviewed, l.dpia.reference ?? "") : p.noDpia),
      paragraph(
        l.transferBasis
          ? l.transferBasis.mechanism === "dpf-adequacy"
            ? p.transferDpf(l.transferBasis.transferImpactAssessment ?? "", l.transferBasis.sccFallback)
            : p.transferScc(l.transferBasis.transferImpactAssessment ?? "")
          : p.noTransferBasis,
      ),
      paragraph(l.processorAgreement ? p.processor(l.processorAgreement.signed, f.list(l.processorAgreement.subProcessorCountries)) : p.noProcessor),
    ],
    "cloud-act": [paragraph(p.cloudAct)],
    archives: [
      ...(l.deletionDecisions.length
        ? [{ kind: "table", head: [...p.decisionsHeading], rows: l.deletionDecisions.map((d) => [cell(d.id), cell(d.what), num(f.decimal(d.retainYears, 1)), cell(p.appliesTo[d.appliesTo])]) } as Block]
        : []),
      paragraph(p.leavers(l.leaverMailboxes === "retain")),
    ],
    cybersecurity: [paragraph(l.incidentRunbook ? p.runbook(l.incidentRunbook.csirtEarlyWarningHours, l.incidentRunbook.csirtNotificationHours, l.incidentRunbook.csirtFinalReportDays, l.incidentRunbook.imyNotificationHours) : p.noRunbook)],
  };
  for (const topic of LEGAL_TOPICS) {
    blocks.push(heading(3, m.report.legalTopic[topic]), ...facts[topic], reasonsTable(c, m, "legal", (r) => r.topic === topic));
  }
  const findings = c.options.some((o) => riskOf(o, "legal").reasons.some((r) => !r.topic));
  if (findings) blocks.push(reasonsTable(c, m, "legal", (r) => !r.topic));
  blocks.push(scoreLine(c, m, "legal", p.scoreLine));
  return blocks;
}

export function technicalSection(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.technical;
  const t = c.technical;
  const f = m.format;
  const blocks: Block[] = [
    heading(2, p.heading),
    heading(3, p.availabilityHeading),
    paragraph(p.onpremDesign(t.mailboxServers, t.edgeServers, t.copiesPerDatabase, t.laggedCopy, t.witness, t.cpuAtWorstFailure)),
    paragraph(p.onlineDesign(`${f.decimal(t.onlineSlaPercent, 1)} %`)),
    paragraph(p.availabilityScore),
    heading(3, p.surfaceHeading),
    reasonsTable(c, m, "technical"),
    scoreLine(c, m, "technical", p.scoreLine),
    heading(3, p.operationsHeading),
    { kind: "list", items: c.options.map((o) => [p.operations(m.report.option[o.option], f.money(o.cost.staff))]) },
    heading(3, p.toolHeading),
    paragraph(p.toolIntro),
    { kind: "list", items: c.toolNotes.map((note) => [note.text, " ", { cite: citeNumbers(c, note.sources) }]) },
  ];
  return blocks;
}

export function overall(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.overall;
  const d = c.decision;
  const f = m.format;
  const [a, b] = c.options as [Comparison["options"][0], Comparison["options"][0]];
  const short = (o: typeof a) => m.report.optionShort[o.option];
  const level = (o: typeof a, dimension: (typeof RISK_DIMENSIONS)[number]): Cell => {
    const s = riskOf(o, dimension);
    return { content: [`${f.decimal(s.score, 1)} ${m.report.level[s.level]}`], level: s.level, numeric: true };
  };
  const rows: Cell[][] = d.rows.map((row) => [cell(m.report.dimension[row.dimension]), num(f.decimal(row.weight, 2)), level(a, row.dimension), num(f.decimal(row.weighted[a.option], 2)), level(b, row.dimension), num(f.decimal(row.weighted[b.option], 2))]);
  const footer: Cell[][] = [
    [cell(p.sumRow), num(f.decimal(RISK_DIMENSIONS.reduce((sum, x) => sum + d.weights[x], 0), 2)), cell(""), num(f.decimal(d.totals[a.option].weighted, 2)), cell(""), num(f.decimal(d.totals[b.option].weighted, 2))],
    [cell(p.averageRow), cell(""), cell(""), num(f.decimal(d.totals[a.option].average, 2)), cell(""), num(f.decimal(d.totals[b.option].average, 2))],
  ];
  const flipText = (flip: (typeof d.weightFlips)[number]) => (flip.flipAt === null ? p.flipNever : flip.direction === "above" ? p.flipAbove(f.decimal(flip.flipAt, 2)) : p.flipBelow(f.decimal(flip.flipAt, 2)));
  return [
    heading(2, p.heading),
    heading(3, p.tableHeading),
    { kind: "table", caption: p.tableCaption, head: p.columns(short(a), short(b)), rows, footer },
    heading(3, p.scaleHeading),
    paragraph(p.scale),
    heading(3, p.weightsHeading),
    paragraph(p.weightsIntro),
    { kind: "list", items: RISK_DIMENSIONS.map((x) => [p.weightItem(m.report.dimension[x], f.decimal(d.weights[x], 2), m.report.dimensionMeaning[x])]) },
    heading(3, p.flipHeading),
    { kind: "table", head: [...p.flipColumns], rows: d.weightFlips.map((flip) => [cell(m.report.dimension[flip.dimension]), num(f.decimal(flip.weight, 2)), cell(flipText(flip))]) },
  ];
}
