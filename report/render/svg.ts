// Inline SVG charts for the HTML report: cumulative cost over the years and the risk
// matrix. Pure strings, no script, no external resources, so the report works offline.
import { sek } from "../../cost/render/document";
import { RISK_DIMENSIONS, type Comparison } from "../model";

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const COLORS: Record<string, string> = { onprem: "#1f6f8b", online: "#c05621" };

/** A round step for about five axis ticks. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? 10 * power;
}

export function cumulativeCostChart(c: Comparison): string {
  const [width, height, left, right, top, bottom] = [640, 320, 90, 34, 20, 50];
  const max = Math.max(1, ...c.options.flatMap((o) => o.cost.cumulative));
  const step = niceStep(max);
  const top_ = Math.ceil(max / step) * step;
  const x = (year: number) => left + ((width - left - right) * year) / c.years;
  const y = (value: number) => top + (height - top - bottom) * (1 - value / top_);
  const parts: string[] = [];
  for (let v = 0; v <= top_ + step / 2; v += step) {
    parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${sek(v)}</text>`);
  }
  for (let year = 0; year <= c.years; year++) {
    parts.push(`<text x="${x(year).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle" font-size="11">${year === 0 ? "start" : `year ${year}`}</text>`);
  }
  c.options.forEach((o, index) => {
    const points = [[0, 0], ...o.cost.cumulative.map((value, i) => [i + 1, value])] as [number, number][];
    const color = COLORS[o.option] ?? "#555";
    parts.push(`<polyline class="series" data-option="${o.option}" fill="none" stroke="${color}" stroke-width="2.5" points="${points.map(([yr, v]) => `${x(yr).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`);
    for (const [yr, v] of points.slice(1)) {
      parts.push(`<circle class="point" data-option="${o.option}" data-year="${yr}" data-value="${v}" cx="${x(yr).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${color}"><title>${escapeXml(o.option)} year ${yr}: ${sek(v)} SEK</title></circle>`);
    }
    parts.push(`<rect x="${left + 10 + index * 280}" y="${height - 18}" width="12" height="12" fill="${color}"/><text x="${left + 28 + index * 280}" y="${height - 8}" font-size="12">${escapeXml(o.title)}</text>`);
  });
  return `<svg id="cost-chart" role="img" aria-label="Cumulative cost over the years" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<line x1="${left}" x2="${left}" y1="${top}" y2="${height - bottom}" stroke="#333"/><line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="#333"/>
${parts.join("\n")}
</svg>`;
}

/** Green (1) through amber to red (5). */
export function riskColor(score: number): string {
  const t = Math.max(0, Math.min(1, (score - 1) / 4));
  const hue = Math.round(120 * (1 - t));
  return `hsl(${hue}, 65%, ${t > 0.5 ? 55 : 60}%)`;
}

export function riskMatrixChart(c: Comparison): string {
  const [labelWidth, cellWidth, cellHeight, head] = [130, 170, 34, 30];
  const width = labelWidth + cellWidth * c.options.length + 10;
  const height = head + cellHeight * RISK_DIMENSIONS.length + 10;
  const parts: string[] = [];
  c.options.forEach((o, col) => parts.push(`<text x="${labelWidth + col * cellWidth + cellWidth / 2}" y="${head - 10}" text-anchor="middle" font-size="13" font-weight="bold">${escapeXml(o.option)}</text>`));
  RISK_DIMENSIONS.forEach((dimension, row) => {
    const yy = head + row * cellHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${yy + cellHeight / 2 + 4}" text-anchor="end" font-size="12">${dimension}</text>`);
    c.options.forEach((o, col) => {
      const s = o.risk.find((r) => r.dimension === dimension)!;
      const xx = labelWidth + col * cellWidth;
      parts.push(
        `<rect class="cell" data-option="${o.option}" data-dimension="${dimension}" data-score="${s.score}" x="${xx + 2}" y="${yy + 2}" width="${cellWidth - 4}" height="${cellHeight - 4}" rx="4" fill="${riskColor(s.score)}"><title>${escapeXml(`${o.option} ${dimension}: ${s.score} (${s.level})`)}</title></rect>`,
        `<text x="${xx + cellWidth / 2}" y="${yy + cellHeight / 2 + 4}" text-anchor="middle" font-size="12">${s.score} ${s.level}</text>`,
      );
    });
  });
  return `<svg id="risk-matrix" role="img" aria-label="Risk matrix" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${parts.join("\n")}
</svg>`;
}
