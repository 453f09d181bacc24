// The risk matrix as inline SVG: likelihood (1-4) across, consequence (1-4) up, each cell
// coloured by the organization's acceptance criteria and holding the scenarios that fall in it,
// numbered as in the table, per option (L lokal drift / M molntjänst). Text is escaped; the
// colour is never the only sign: every cell also says its level.
import { catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { acceptanceOf, SCENARIOS } from "../risk/scenarios";
import { escapeHtml } from "./escape";

const FILL = { accepted: "#dcefd6", treat: "#fbedc0", "not-accepted": "#f5cfca" } as const;
const MARK: Record<string, string> = { onprem: "L", online: "M" };

export function riskMatrixChart(c: Comparison): string {
  const m = catalog(c.lang);
  const r = m.council.risk;
  const [cell, left, top] = [120, 70, 20];
  const size = cell * 4;
  const parts: string[] = [];
  for (let consequence = 1; consequence <= 4; consequence++) {
    for (let likelihood = 1; likelihood <= 4; likelihood++) {
      const x = left + (likelihood - 1) * cell;
      const y = top + (4 - consequence) * cell;
      const level = likelihood * consequence;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${FILL[acceptanceOf(level, c.riskAcceptance)]}" stroke="#888"/>`);
      parts.push(`<text x="${x + 6}" y="${y + 16}" font-size="11" fill="#333">${level}</text>`);
      const marks = c.options.flatMap((o) => o.scenarios.filter((s) => s.likelihood === likelihood && s.consequence === consequence).map((s) => `${MARK[o.option]}${SCENARIOS.indexOf(s.scenario) + 1}`));
      marks.forEach((mark, i) => {
        parts.push(`<text x="${x + 10 + (i % 3) * 36}" y="${y + 42 + Math.floor(i / 3) * 22}" font-size="13" font-weight="bold" fill="#1b1b1b">${escapeHtml(mark)}</text>`);
      });
    }
  }
  for (let i = 1; i <= 4; i++) {
    parts.push(`<text x="${left + (i - 0.5) * cell}" y="${top + size + 18}" text-anchor="middle" font-size="12" fill="#222">${i}</text>`);
    parts.push(`<text x="${left - 10}" y="${top + (4 - i + 0.5) * cell + 4}" text-anchor="end" font-size="12" fill="#222">${i}</text>`);
  }
  parts.push(`<text x="${left + size / 2}" y="${top + size + 40}" text-anchor="middle" font-size="13" fill="#222">${escapeHtml(r.likelihoodAxis)}</text>`);
  parts.push(`<text transform="translate(18 ${top + size / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#222">${escapeHtml(r.consequenceAxis)}</text>`);
  const width = left + size + 20;
  const height = top + size + 52;
  return `<svg id="risk-matrix" role="img" aria-label="${escapeHtml(r.matrixLabel)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto">
${parts.join("\n")}
</svg>`;
}
