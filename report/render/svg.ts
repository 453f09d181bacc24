// The inline SVG chart of the paper: cumulative cost over the years. Pure strings, no
// script, no external resources, so the report works offline. Every text is escaped.
import { catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { escapeHtml } from "./escape";

/** Line colours with at least 4.5:1 contrast on white; each line also carries its name. */
const COLORS: Record<string, string> = { onprem: "#1f5f7a", online: "#a4471a" };

/** A round step for about five axis ticks. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? 10 * power;
}

export function cumulativeCostChart(c: Comparison): string {
  const m = catalog(c.lang);
  const p = m.paper.economics;
  const [width, height, left, right, top, bottom] = [660, 330, 96, 40, 20, 56];
  const max = Math.max(1, ...c.options.flatMap((o) => o.cost.cumulative));
  const step = niceStep(max);
  const top_ = Math.ceil(max / step) * step;
  const x = (year: number) => left + ((width - left - right) * year) / c.years;
  const y = (value: number) => top + (height - top - bottom) * (1 - value / top_);
  const parts: string[] = [];
  for (let v = 0; v <= top_ + step / 2; v += step) {
    parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d4d4d4"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#222">${escapeHtml(m.format.money(v))}</text>`);
  }
  for (let year = 0; year <= c.years; year++) {
    parts.push(`<text x="${x(year).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle" font-size="11" fill="#222">${escapeHtml(year === 0 ? p.start : p.year(year))}</text>`);
  }
  c.options.forEach((o, index) => {
    const points = [[0, 0], ...o.cost.cumulative.map((value, i) => [i + 1, value])] as [number, number][];
    const color = COLORS[o.option] ?? "#555";
    const dash = index === 1 ? ' stroke-dasharray="7 4"' : "";
    parts.push(`<polyline class="series" data-option="${o.option}" fill="none" stroke="${color}" stroke-width="2.5"${dash} points="${points.map(([yr, v]) => `${x(yr).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`);
    for (const [yr, v] of points.slice(1)) {
      parts.push(`<circle class="point" data-option="${o.option}" data-year="${yr}" data-value="${v}" cx="${x(yr).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${color}"><title>${escapeHtml(`${m.report.optionShort[o.option]}, ${p.year(yr)}: ${m.format.kr(v)}`)}</title></circle>`);
    }
    const last = points.at(-1)!;
    parts.push(`<text x="${(x(last[0]) - 6).toFixed(1)}" y="${(y(last[1]) - 9).toFixed(1)}" text-anchor="end" font-size="11" fill="${color}">${escapeHtml(m.format.money(last[1]))}</text>`);
    parts.push(`<line x1="${left + 10 + index * 300}" x2="${left + 34 + index * 300}" y1="${height - 12}" y2="${height - 12}" stroke="${color}" stroke-width="2.5"${dash}/><text x="${left + 40 + index * 300}" y="${height - 8}" font-size="12" fill="#222">${escapeHtml(o.title)}</text>`);
  });
  return `<svg id="cost-chart" role="img" aria-label="${escapeHtml(p.chartLabel)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto">
<line x1="${left}" x2="${left}" y1="${top}" y2="${height - bottom}" stroke="#333"/><line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="#333"/>
${parts.join("\n")}
</svg>`;
}
