// Builds the comparison from the artifacts of one run: resources by type, cost, findings
// by severity, the data-location map and the risk matrix of each option.
import { OPTION_TITLE } from "../cost/render/document";
import type { OptionId } from "../cost/types";
import { sizeOrganization } from "../model/sizing/sizing";
import { isBlocking } from "../policies/waivers";
import type { Artifacts } from "./artifacts";
import { dataLocationMap } from "./data-location";
import type { Comparison, OptionComparison } from "./model";
import { riskMatrix } from "./risk/dimensions";

export function buildComparison(a: Artifacts): Comparison {
  const sizing = sizeOrganization(a.org);
  const options = a.options.map<OptionComparison>(({ option, resources, documents }) => {
    const findings = a.findings.filter((f) => f.option === option);
    const cost = a.cost.options.find((o) => o.option === option)!;
    const dataLocation = dataLocationMap({ option, org: a.org, resources, documents });
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + 1;
    return {
      option,
      title: OPTION_TITLE[option],
      resources: { total: resources.length, byType: Object.fromEntries(Object.entries(byType).sort(([x], [y]) => x.localeCompare(y))) },
      cost: {
        oneOff: Math.round(cost.totals.oneOff),
        perYear: cost.totals.cashPerYear.map(Math.round),
        // Summed from the rounded years, so the report's figures add up as a reader checks them.
        cumulative: runningTotal(cost.totals.cashPerYear.map(Math.round)),
        tco: Math.round(cost.totals.cash),
        externalCash: Math.round(cost.totals.externalCash),
        amortized: Math.round(cost.totals.amortized),
        unpricedItems: a.cost.unpriced.filter((u) => u.option === option).length,
      },
      findings: {
        bySeverity: { error: findings.filter((f) => f.severity === "error").length, warning: findings.filter((f) => f.severity === "warning").length },
        blocking: findings.filter(isBlocking).length,
        waived: findings.filter((f) => f.waiver).length,
        undecided: findings.filter((f) => f.status === "undecided").length,
        list: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, status: f.status, message: f.message, waived: Boolean(f.waiver), blocking: isBlocking(f) })),
      },
      dataLocation,
      risk: riskMatrix({ option, org: a.org, asOf: a.asOf, sizing, resources, documents, findings, cost: a.cost, dataLocation }),
    };
  });
  const [cheap, dear] = [...options].sort((x, y) => x.cost.tco - y.cost.tco) as [OptionComparison, OptionComparison];
  return {
    kind: "exchange-iac-comparison",
    version: 1,
    organization: a.org.organization.name,
    asOf: a.asOf,
    years: a.cost.years,
    currency: "SEK",
    options,
    cheaper: { option: cheap.option as OptionId, bySEK: dear.cost.tco - cheap.cost.tco },
  };
}

function runningTotal(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
