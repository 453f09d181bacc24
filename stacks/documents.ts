// The configuration documents each stack generates beside its cdk.tf.json, built from the
// organization file without cdktf: `synth` writes them, the policy Aspect and the readers of
// the artifacts (check, cost, compare, diff) judge them, also where no stack is synthesized
// (a plan given with --plan).
import { EXCHANGE_ONLINE_DOCUMENT_JSON, exchangeOnlineDocumentText } from "../model/exchange-online/document";
import { ONPREM_DOCUMENT_JSON, buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderEdgeScript, renderOnpremScript } from "../model/exchange-onprem/render-script";
import type { OrganizationFile } from "../model/schema";
import type { StackId } from "./stack-ids";

export const ONPREM_DOCUMENT_SCRIPT = "exchange-organization.ps1";
/** The script each Edge server runs (written once per Edge server, with its name). */
export const ONPREM_EDGE_SCRIPT = "exchange-edge.ps1";
const edgeScriptFile = (server: string) => `exchange-edge-${server.toLowerCase()}.ps1`;

/** File name -> content, per stack. */
const STACK_DOCUMENTS: Record<StackId, (org: OrganizationFile) => Record<string, string>> = {
  onprem: (org) => {
    const document = buildOnpremExchangeDocument(org);
    return {
      [ONPREM_DOCUMENT_JSON]: `${JSON.stringify(document, null, 2)}\n`,
      // With a UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without one as ANSI.
      [ONPREM_DOCUMENT_SCRIPT]: `\uFEFF${renderOnpremScript(document)}`,
      ...Object.fromEntries(document.servers.edge.map((edge) => [edgeScriptFile(edge.name), `\uFEFF${renderEdgeScript(document, edge.name)}`])),
    };
  },
  // The Exchange Online configuration: what the tenant program applies and what policies read.
  online: (org) => ({ [EXCHANGE_ONLINE_DOCUMENT_JSON]: exchangeOnlineDocumentText(org) }),
};

// The Aspect, the document writer and the policy inputs all need a stack's documents for the
// same organization: build them once per organization object.
const documentCache = new WeakMap<OrganizationFile, Map<StackId, Record<string, string>>>();

/** The documents of one stack for this organization: file name -> content. */
export function stackDocumentTexts(id: StackId, org: OrganizationFile): Record<string, string> {
  const perStack = documentCache.get(org) ?? new Map<StackId, Record<string, string>>();
  documentCache.set(org, perStack);
  if (!perStack.has(id)) perStack.set(id, STACK_DOCUMENTS[id](org));
  return perStack.get(id)!;
}

/** The JSON documents a stack generates, parsed, by file name: what the rules read beside cdk.tf.json. */
export function parsedDocuments(id: StackId, org: OrganizationFile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(stackDocumentTexts(id, org))
      .filter(([name]) => name.endsWith(".json"))
      .map(([name, text]) => [name, JSON.parse(text)]),
  );
}
