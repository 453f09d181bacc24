// A small Microsoft Graph v1.0 client: bearer token, JSON, OData paging through
// @odata.nextLink, retries on throttling (Retry-After), and errors that say which request
// failed and, for 401/403, which permission it needs. The base URL is injected so tests point
// it at a local fake over real HTTP; the token is never put into an error or a log.
import { fetchWithRetry, type RetryOptions } from "../http-retry";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphClientOptions extends RetryOptions {
  token: string;
  baseUrl?: string;
}

export class GraphError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    /** The permission the request needs, named when Graph refuses it (401/403). */
    readonly permission?: string,
  ) {
    super(`Graph ${method} ${path} failed${status ? ` with HTTP ${status}${code ? ` ${code}` : ""}` : ""}: ${detail}`);
    this.name = "GraphError";
  }

  get refused(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

export interface GraphClient {
  get<T>(path: string, permission: string): Promise<T>;
  /** Every item of a collection, following @odata.nextLink. */
  list<T>(path: string, permission: string): Promise<T[]>;
  post<T>(path: string, body: unknown, permission: string): Promise<T>;
  patch(path: string, body: unknown, permission: string): Promise<void>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/$/, "");
  const origin = new URL(base).origin;

  async function send(method: string, url: string, permission: string, body?: unknown): Promise<unknown> {
    const path = url.startsWith(base) ? url.slice(base.length) : url;
    // Paging links come from the service; the token goes only to the service it was issued for.
    if (new URL(url).origin !== origin) throw new GraphError(method, path, 0, "", `refused to follow a link to another host (${new URL(url).origin})`);
    const headers: Record<string, string> = { Authorization: `Bearer ${options.token}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetchWithRetry(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, options);
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new GraphError(method, path, 0, "", `could not reach ${origin} (${cause})`);
    }
    const text = await response.text();
    if (!response.ok) {
      const { code, message } = errorOf(text);
      const refused = response.status === 401 || response.status === 403;
      throw new GraphError(method, path, response.status, code, message, refused ? permission : undefined);
    }
    return text ? JSON.parse(text) : undefined;
  }

  return {
    get: async <T>(path: string, permission: string) => (await send("GET", base + path, permission)) as T,
    async list<T>(path: string, permission: string) {
      const items: T[] = [];
      let url: string | undefined = base + path;
      while (url) {
        const page = (await send("GET", url, permission)) as { value?: T[]; "@odata.nextLink"?: string };
        items.push(...(page.value ?? []));
        url = page["@odata.nextLink"];
      }
      return items;
    },
    post: async <T>(path: string, body: unknown, permission: string) => (await send("POST", base + path, permission, body)) as T,
    async patch(path, body, permission) {
      await send("PATCH", base + path, permission, body);
    },
  };
}

/** Graph errors are {"error":{"code":...,"message":...}}. */
function errorOf(text: string): { code: string; message: string } {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
    return { code: parsed.error?.code ?? "", message: parsed.error?.message ?? text.slice(0, 300) };
  } catch {
    return { code: "", message: text.slice(0, 300) || "(empty response)" };
  }
}
