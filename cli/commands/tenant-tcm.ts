// `exchange-iac tenant monitor` and `tenant drift`: the declared tenant as a Tenant
// Configuration Management monitor that Microsoft runs every six hours, and the drifts it
// found. Graph credentials come from the environment only (adapters/graph/environment.ts).
// Exit codes: 0 no drift (or the monitor is in place), 1 drift, 2 bad input, usage, a missing
// permission or a tenant state that stops the request.
// Graph, the monitor model and the renderers load inside the actions (issue 17).
import type { Command } from "commander";
import type { GraphClientOptions } from "../../adapters/graph/graph-client";
import type { TcmAdapter } from "../../adapters/graph/tcm";
import type { OrganizationFile } from "../../model/schema";
import type { TcmMonitor } from "../../model/tcm/monitor";
import { TCM_LIMITS } from "../../model/tcm/reference";
import { printable } from "../../model/external-failure";
import { EXIT_BAD_INPUT, EXIT_BLOCKING_FINDINGS, EXIT_FAILURE, EXIT_OK, type Io } from "../io";
import type { CommandContext } from "../main";

/** The monitor the organization file declares: the same settings as the tenant plan and the exports. */
export async function declaredMonitor(org: OrganizationFile): Promise<TcmMonitor> {
  const { buildExchangeOnlineDocument } = await import("../../model/exchange-online/document");
  const { tenantDocument } = await import("../../inventory/tenant");
  const { buildTcmMonitor } = await import("../../model/tcm/monitor");
  return buildTcmMonitor(org, buildExchangeOnlineDocument(org), tenantDocument(org));
}

export function tcmCommands(tenant: Command, context: () => CommandContext, exit: (code: number) => void): void {
  tenant
    .command("monitor")
    .description("create or update the Tenant Configuration Management monitor of the declared configuration (Graph; EXCHANGE_IAC_GRAPH_TOKEN)")
    .action(async () => {
      const { options, io, loadOrganization } = context();
      const format = options.format as "text" | "json"; // the preAction hook refused any other (cli/help.ts)
      const { graphOptionsFromEnvironment } = await import("../../adapters/graph/environment");
      const { READ_WRITE } = await import("../../adapters/graph/tcm");
      const graph = graphOptionsFromEnvironment(READ_WRITE);
      const monitor = await declaredMonitor(loadOrganization());
      exit(
        await talkingToGraph(io, graph, async (tcm) => {
          const { action, monitor: found } = await tcm.ensureMonitor(monitor.body);
          const count = monitor.body.baseline.resources.length;
          if (format === "json") {
            io.stdout.write(`${JSON.stringify({ action, monitor: { id: found.id, displayName: found.displayName }, resources: count, monitoredPerDay: count * TCM_LIMITS.runsPerDay, notCovered: monitor.notCovered }, null, 2)}\n`);
          } else {
            io.stdout.write(`${monitorSentence(action, found, count)}\n${notCoveredText(monitor)}`);
          }
          return EXIT_OK;
        }),
      );
    });

  tenant
    .command("drift")
    .description("print each property the tenant's monitor found drifted, with the organization-file field it comes from; exit 1 on drift")
    .action(async () => {
      const { options, io, loadOrganization } = context();
      const format = options.format as "text" | "json" | "markdown"; // refused otherwise by the preAction hook
      const { graphOptionsFromEnvironment } = await import("../../adapters/graph/environment");
      const { READ, TcmStateError } = await import("../../adapters/graph/tcm");
      const { driftedProperties } = await import("../../model/tcm/drift");
      const { monitorDisplayName } = await import("../../model/tcm/monitor");
      // Reading the monitor's drifts needs only the read permission (the drift identity's).
      const graph = graphOptionsFromEnvironment(READ);
      const org = loadOrganization();
      const monitor = await declaredMonitor(org);
      exit(
        await talkingToGraph(io, graph, async (tcm) => {
          const name = monitorDisplayName(org);
          const found = await tcm.findMonitor(name);
          if (!found) throw new TcmStateError(`the tenant has no monitor named "${name}"; create it with exchange-iac tenant monitor`);
          // "No drift" from a monitor that no longer runs would be false comfort.
          if (found.status !== undefined && found.status !== "active") {
            throw new TcmStateError(`the monitor "${name}" is ${found.status}${found.inactivationReason ? ` (${found.inactivationReason})` : ""} and checks nothing; fix the cause and run exchange-iac tenant monitor, which makes it active again`);
          }
          const report = { monitor: { id: found.id, displayName: found.displayName }, drifted: driftedProperties(await tcm.activeDrifts(found.id), monitor) };
          const { renderDriftMarkdown, renderDriftText } = await import("../render/drift");
          if (format === "json") io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          else io.stdout.write(format === "markdown" ? renderDriftMarkdown(report) : renderDriftText(report));
          return report.drifted.length ? EXIT_BLOCKING_FINDINGS : EXIT_OK;
        }),
      );
    });
}

/** Runs `work` against Graph; a refused request or a tenant state that stops it is exit 2 with one line, never a stack trace. */
async function talkingToGraph(io: Io, graph: GraphClientOptions, work: (tcm: TcmAdapter) => Promise<number>): Promise<number> {
  const { createGraphClient, GraphAnswerError, GraphError } = await import("../../adapters/graph/graph-client");
  const { TOKEN_VARIABLE } = await import("../../adapters/graph/environment");
  const { createTcmAdapter, TcmStateError } = await import("../../adapters/graph/tcm");
  const tcm = createTcmAdapter(createGraphClient(graph));
  try {
    return await work(tcm);
  } catch (error) {
    if (error instanceof GraphError) {
      const permission = error.refused && error.permission ? ` The identity of ${TOKEN_VARIABLE} needs the Graph application permission ${error.permission} (docs/online.md, "Set-up in five steps").` : "";
      io.stderr.write(`error: ${printable(error.message.replace(/\.$/, ""))}.${permission}\n`);
      // Refused or wrong request (4xx): the token, its permissions or the input; else the service failed.
      return error.status >= 400 && error.status < 500 ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
    if (error instanceof GraphAnswerError) {
      io.stderr.write(`error: ${printable(error.message)}.\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof TcmStateError) {
      io.stderr.write(`error: ${printable(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

function monitorSentence(action: string, service: { id: string; displayName: string }, count: number): string {
  const monitor = { id: printable(String(service.id)), displayName: printable(String(service.displayName)) };
  const load = `${count} resources, checked every ${TCM_LIMITS.runEveryHours} hours (${count * TCM_LIMITS.runsPerDay} of the tenant's ${TCM_LIMITS.monitoredResourcesPerDay} monitored resources a day)`;
  if (action === "created") return `Created the TCM monitor "${monitor.displayName}" (${monitor.id}): ${load}. Its first run is within ${TCM_LIMITS.runEveryHours} hours.`;
  if (action === "updated") return `Updated the baseline of the TCM monitor "${monitor.displayName}" (${monitor.id}) in place: ${load}. The service deleted the monitor's earlier results and drifts.`;
  return `The TCM monitor "${monitor.displayName}" (${monitor.id}) already watches the declared configuration (${count} resources): nothing changed.`;
}

export function notCoveredText(monitor: TcmMonitor): string {
  const lines = monitor.notCovered.map((item) => `  - ${item.what}${item.field ? ` (${item.field})` : ""}: ${item.reason}\n`);
  return `Declared but not watched by TCM (${monitor.notCovered.length}):\n${lines.join("")}`;
}
