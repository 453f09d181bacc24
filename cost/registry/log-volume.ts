// Log Analytics ingestion of one option a month, by year, from the usage assumptions:
// on-prem per Arc-managed Exchange server, online per staff mailbox (Entra logs).
import { exchangeServers, staffPerYear } from "../counts";
import { say, type Said } from "../said";
import type { CostContext, OptionId } from "../types";

export function ingestionGBPerMonth(ctx: CostContext, option: OptionId): { gb: number[]; basis: Said } {
  if (option === "onprem") {
    // The machines the stack connects to a data collection rule send logs; without any, the sized servers.
    const associated = ctx.stackResources.filter((r) => r.type === "azurerm_monitor_data_collection_rule_association").length;
    const servers = associated || exchangeServers(ctx.sizing).total;
    return {
      gb: Array.from({ length: ctx.years }, () => servers * ctx.usage.onpremLogGBPerServerMonth),
      basis: say((m) => m.azure.onpremBasis(servers, associated > 0, ctx.usage.onpremLogGBPerServerMonth)),
    };
  }
  const staff = staffPerYear(ctx.org, ctx.years);
  return {
    gb: staff.map((count) => (count * ctx.usage.onlineEntraLogMBPerUserMonth) / 1024),
    basis: say((m) => m.azure.onlineBasis(staff, ctx.usage.onlineEntraLogMBPerUserMonth)),
  };
}

/** One workspace's share of the option's ingestion, after the free allowance (applied once per option). */
export function billableGBPerWorkspace(ctx: CostContext, option: OptionId): { gb: number[]; basis: Said } {
  const workspaces = Math.max(1, ctx.stackResources.filter((r) => r.type === "azurerm_log_analytics_workspace").length);
  const { gb, basis } = ingestionGBPerMonth(ctx, option);
  return {
    gb: gb.map((total) => Math.max(0, total - ctx.usage.logFreeGBPerMonth) / workspaces),
    basis: say((m, lang) => m.azure.billable(basis[lang], ctx.usage.logFreeGBPerMonth, workspaces)),
  };
}
