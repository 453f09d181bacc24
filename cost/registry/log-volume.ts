// Log Analytics ingestion of one option a month, by year, from the usage assumptions:
// on-prem per Arc-managed Exchange server, online per staff mailbox (Entra logs).
import { exchangeServers, staffPerYear } from "../counts";
import type { CostContext, OptionId } from "../types";

export function ingestionGBPerMonth(ctx: CostContext, option: OptionId): { gb: number[]; basis: string } {
  if (option === "onprem") {
    // The machines the stack connects to a data collection rule send logs; without any, the sized servers.
    const associated = ctx.stackResources.filter((r) => r.type === "azurerm_monitor_data_collection_rule_association").length;
    const servers = associated || exchangeServers(ctx.sizing).total;
    const what = associated ? "machines with a data collection rule" : "Exchange servers";
    return {
      gb: Array.from({ length: ctx.years }, () => servers * ctx.usage.onpremLogGBPerServerMonth),
      basis: `${servers} ${what} x ${ctx.usage.onpremLogGBPerServerMonth} GB a month (cost.usage.onpremLogGBPerServerMonth)`,
    };
  }
  const staff = staffPerYear(ctx.org, ctx.years);
  return {
    gb: staff.map((count) => (count * ctx.usage.onlineEntraLogMBPerUserMonth) / 1024),
    basis: `${staff.join(" / ")} staff mailboxes x ${ctx.usage.onlineEntraLogMBPerUserMonth} MB a month (cost.usage.onlineEntraLogMBPerUserMonth)`,
  };
}

/** One workspace's share of the option's ingestion, after the free allowance (applied once per option). */
export function billableGBPerWorkspace(ctx: CostContext, option: OptionId): { gb: number[]; basis: string } {
  const workspaces = Math.max(1, ctx.stackResources.filter((r) => r.type === "azurerm_log_analytics_workspace").length);
  const { gb, basis } = ingestionGBPerMonth(ctx, option);
  return {
    gb: gb.map((total) => Math.max(0, total - ctx.usage.logFreeGBPerMonth) / workspaces),
    basis: `${basis}, less ${ctx.usage.logFreeGBPerMonth} GB free${workspaces > 1 ? `, split over ${workspaces} workspaces` : ""}`,
  };
}
