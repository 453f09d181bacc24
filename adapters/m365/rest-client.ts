// REST client for the InvokeCommand endpoints that the ExchangeOnlineManagement V3 module
// uses underneath (REST API connections for all cmdlets; source: learn-exo-powershell): POST {base}/adminapi/beta/{tenant}/InvokeCommand with
// {"CmdletInput":{"CmdletName":...,"Parameters":{...}}}. Microsoft has not published this as
// a supported API, which is why it sits behind this one adapter. Base URLs and the token
// provider are injected, so tests point the client at a local fake over real HTTP.
import type { CmdletCall, CmdletParameters, Endpoint } from "../../model/exchange-online/cmdlets";
import { printable } from "../../model/external-failure";
import { fetchWithRetry, readAnswer, type RetryOptions } from "../http-retry";

export const EXCHANGE_ONLINE_BASE_URL = "https://outlook.office365.com";
export const COMPLIANCE_BASE_URL = "https://ps.compliance.protection.outlook.com";

/** Returns a bearer token for the endpoint (audience https://outlook.office365.com or the S&C one). */
export type TokenProvider = (endpoint: Endpoint) => Promise<string>;

export interface InvokeCommandOptions extends RetryOptions {
  /** Tenant id or initial domain (contoso.onmicrosoft.com), the {tenant} of the URL. */
  tenant: string;
  tokenProvider: TokenProvider;
  baseUrls?: Partial<Record<Endpoint, string>>;
}

export class M365CommandError extends Error {
  constructor(
    readonly cmdlet: string,
    readonly status: number,
    detail: string,
  ) {
    super(`${cmdlet} failed with HTTP ${status}: ${detail}`);
    this.name = "M365CommandError";
  }
}

export type CmdletResult = Record<string, unknown>[];

export interface InvokeCommandClient {
  invoke(call: CmdletCall): Promise<CmdletResult>;
}

// The mailbox that anchors routing for organization-wide cmdlets (jflieben/M365Permissions new-ExOQuery.ps1).
const SYSTEM_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";

export function createInvokeCommandClient(options: InvokeCommandOptions): InvokeCommandClient {
  const base: Record<Endpoint, string> = {
    exchange: options.baseUrls?.exchange ?? EXCHANGE_ONLINE_BASE_URL,
    compliance: options.baseUrls?.compliance ?? COMPLIANCE_BASE_URL,
  };
  const tenantPath = encodeURIComponent(options.tenant);

  async function post(url: string, call: CmdletCall, token: string): Promise<Response> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
      Accept: "application/json",
      "X-CmdletName": call.cmdlet,
      "X-ClientApplication": "ExoManagementModule",
      "X-ResponseFormat": "json",
      Prefer: "odata.maxpagesize=1000",
    };
    if (options.tenant.endsWith(".onmicrosoft.com")) headers["X-AnchorMailbox"] = `UPN:${SYSTEM_MAILBOX}@${options.tenant}`;
    const body = JSON.stringify({ CmdletInput: { CmdletName: call.cmdlet, Parameters: call.parameters satisfies CmdletParameters } });
    return fetchWithRetry(url, { method: "POST", headers, body }, options);
  }

  return {
    async invoke(call) {
      const token = await options.tokenProvider(call.endpoint);
      let url: string | undefined = `${base[call.endpoint].replace(/\/$/, "")}/adminapi/beta/${tenantPath}/InvokeCommand`;
      const results: CmdletResult = [];
      // Results come back as OData pages: {"value":[...],"@odata.nextLink":...}.
      // Bounded like the Graph client: answer size, pages, items, and no paging link twice
      // (a plain array, since the Pulumi dynamic provider serializes this closure).
      const visited: string[] = [];
      while (url) {
        if (visited.includes(url) || visited.length >= 1000) throw new M365CommandError(call.cmdlet, 0, "the service's paging links go round in a loop or past 1000 pages");
        visited.push(url);
        const response = await post(url, call, token);
        const { text, over } = await readAnswer(response, response.ok ? 32 * 1024 * 1024 : 64 * 1024);
        if (!response.ok) throw new M365CommandError(call.cmdlet, response.status, printable(errorDetail(text)));
        if (over) throw new M365CommandError(call.cmdlet, response.status, "the answer is larger than 32 MiB");
        let page: { value?: unknown; "@odata.nextLink"?: unknown };
        try {
          page = text ? JSON.parse(text) : {};
        } catch {
          throw new M365CommandError(call.cmdlet, response.status, "the answer is not JSON");
        }
        if (Array.isArray(page?.value)) for (const item of page.value as CmdletResult) results.push(item);
        if (results.length > 100_000) throw new M365CommandError(call.cmdlet, response.status, "more than 100,000 items");
        url = typeof page?.["@odata.nextLink"] === "string" ? page["@odata.nextLink"] : undefined;
      }
      return results;
    },
  };
}

function errorDetail(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string; details?: { message?: string }[] } };
    return parsed.error?.details?.[0]?.message ?? parsed.error?.message ?? text.slice(0, 300);
  } catch {
    return text.slice(0, 300) || "(empty response)";
  }
}
