// REST client for the InvokeCommand endpoints that the ExchangeOnlineManagement V3 module
// uses underneath (REST API connections for all cmdlets; source: learn-exo-powershell): POST {base}/adminapi/beta/{tenant}/InvokeCommand with
// {"CmdletInput":{"CmdletName":...,"Parameters":{...}}}. Microsoft has not published this as
// a supported API, which is why it sits behind this one adapter. Base URLs and the token
// provider are injected, so tests point the client at a local fake over real HTTP.
import type { CmdletCall, CmdletParameters, Endpoint } from "../../model/exchange-online/cmdlets";
import { fetchWithRetry, type RetryOptions } from "../http-retry";

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
      while (url) {
        const response = await post(url, call, token);
        const text = await response.text();
        if (!response.ok) throw new M365CommandError(call.cmdlet, response.status, errorDetail(text));
        const page = text ? (JSON.parse(text) as { value?: unknown; "@odata.nextLink"?: string }) : {};
        if (Array.isArray(page.value)) results.push(...(page.value as CmdletResult));
        url = page["@odata.nextLink"];
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
