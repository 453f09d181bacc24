// The script each Edge Transport server runs for itself: Edge servers are workgroup machines
// in the perimeter network, so the Mailbox servers' script cannot reach them over remote
// PowerShell. The same Windows baseline and certificate steps as on the Mailbox servers, run
// locally, and the transport retry settings of its own transport service.
import type { OnpremExchangeDocument } from "./document";
import { baselineSteps } from "./baseline-steps";
import { transportRetryStep } from "./mail-flow-steps";
import { numberSteps, type ScriptStep, type StepSpec } from "./run-graph";

type Doc = Omit<OnpremExchangeDocument, "run">;

/** The steps for one Edge server; every Edge server runs the same steps (the first one's when none is named). */
export function edgeScriptSteps(doc: Doc, serverName?: string): ScriptStep[] {
  const server = doc.baseline.servers.find((s) => s.role === "edge" && (serverName === undefined || s.name === serverName));
  if (!server) return [];
  const steps: StepSpec[] = [
    {
      key: "ems",
      after: [],
      title: "Exchange Management Shell is loaded",
      test: "[bool](Get-Command Get-ExchangeServer -ErrorAction SilentlyContinue)",
      set: "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn",
    },
    {
      key: "exchange-installed",
      after: ["ems"],
      title: "Exchange Server (Edge Transport) is installed",
      forEach: [server.name],
      test: "[bool](Get-ExchangeServer -Identity $item -ErrorAction SilentlyContinue)",
      manual: { work: "exchange-setup", todo: "run Setup.exe /Mode:Install /Roles:EdgeTransport /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF on the server" },
    },
    ...baselineSteps(doc, [server], false, { ems: "ems", installed: "exchange-installed" }),
    transportRetryStep([server.name], doc.transport.retry, ["exchange-installed"]),
  ];
  return numberSteps(steps, "E");
}
