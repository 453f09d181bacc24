// A small Microsoft Graph v1.0 client: bearer token, JSON, OData paging through
// @odata.nextLink, retries on throttling (Retry-After), and errors that say which request
// failed and, for 401/403, which permission it needs. The base URL is injected so tests point
// it at a local fake over real HTTP; the token is never put into an error or a log.
// Everything the service sends is bounded: each request in time, each body in size, a listing
// in pages and items, a paging link never visited twice; an answer that is not the JSON the
// request asks for is a GraphAnswerError (exit 3), never a crash, and its text is stripped of
// terminal control characters before anyone prints it.
import { ExternalFailure, printable } from "../../model/external-failure";
import { fetchWithRetry, readAnswer, type RetryOptions } from "../http-retry";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/** What the client takes from the service at most. */
export const GRAPH_LIMITS = {
  /** A successful answer: TCM bodies are kilobytes, a page of drifts a few megabytes. */
  answerBytes: 32 * 1024 * 1024,
  /** An error answer is read only this far (its message is at the start). */
  errorBytes: 64 * 1024,
  /** Pages of one listing, and items across them (TCM allows 30 monitors; drifts are far fewer). */
  pages: 1000,
  items: 100_000,
} as const;

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

/** The service could not be reached in time, or answered something the request cannot use. */
export class GraphAnswerError extends ExternalFailure {
  constructor(method: string, path: string, detail: string) {
    super(`Graph ${method} ${path}`, detail);
    this.name = "GraphAnswerError";
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
  /** Service text made safe to print: no token, no control characters, bounded. */
  const clean = (text: string) => printable(redact(text, options.token)).slice(0, 300);

  async function send(method: string, url: string, permission: string, body?: unknown): Promise<unknown> {
    const path = clean(url.startsWith(base) ? url.slice(base.length) : url);
    // Paging links come from the service; the token goes only to the service it was issued for.
    if (new URL(url).origin !== origin) throw new GraphError(method, path, 0, "", `refused to follow a link to another host (${clean(new URL(url).origin)})`);
    const headers: Record<string, string> = { Authorization: `Bearer ${options.token}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    let answer: { text: string; over: boolean };
    try {
      response = await fetchWithRetry(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, options);
      answer = await readAnswer(response, response.ok ? GRAPH_LIMITS.answerBytes : GRAPH_LIMITS.errorBytes);
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
      if (timedOut) throw new GraphAnswerError(method, path, `no whole answer from ${origin} within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s`);
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new GraphAnswerError(method, path, `could not reach ${origin} (${clean(cause)})`);
    }
    if (!response.ok) {
      const { code, message } = errorOf(answer.text);
      const refused = response.status === 401 || response.status === 403;
      throw new GraphError(method, path, response.status, clean(code), clean(message), refused ? permission : undefined);
    }
    if (answer.over) throw new GraphAnswerError(method, path, `the answer is larger than ${GRAPH_LIMITS.answerBytes / 1024 / 1024} MiB`);
    if (!answer.text) return undefined;
    try {
      return JSON.parse(answer.text);
    } catch {
      throw new GraphAnswerError(method, path, `the answer is not JSON (it starts ${JSON.stringify(clean(answer.text.slice(0, 60)))})`);
    }
  }

  return {
    get: async <T>(path: string, permission: string) => (await send("GET", base + path, permission)) as T,
    async list<T>(path: string, permission: string) {
      const items: T[] = [];
      const visited = new Set<string>();
      let url: string | undefined = base + path;
      while (url) {
        if (visited.has(url)) throw new GraphAnswerError("GET", clean(path), "the service's paging links go round in a loop");
        if (visited.size >= GRAPH_LIMITS.pages) throw new GraphAnswerError("GET", clean(path), `more than ${GRAPH_LIMITS.pages} pages`);
        visited.add(url);
        const page = await send("GET", url, permission);
        const value = (page as { value?: unknown })?.value;
        const next = (page as { "@odata.nextLink"?: unknown })?.["@odata.nextLink"];
        if (!page || typeof page !== "object" || !Array.isArray(value) || (next !== undefined && typeof next !== "string")) {
          throw new GraphAnswerError("GET", clean(path), "the answer is not an OData page ({\"value\": [...]})");
        }
        if (items.length + value.length > GRAPH_LIMITS.items) throw new GraphAnswerError("GET", clean(path), `more than ${GRAPH_LIMITS.items.toLocaleString("en-US")} items`);
        for (const item of value) items.push(item as T);
        url = next;
      }
      return items;
    },
    post: async <T>(path: string, body: unknown, permission: string) => (await send("POST", base + path, permission, body)) as T,
    async patch(path, body, permission) {
      await send("PATCH", base + path, permission, body);
    },
  };
}

/** `text` without the token, whole or any line of it (a token pasted with its JSON wrapper). */
export function redact(text: string, token: string): string {
  let result = text;
  for (const part of [token, ...token.split(/\r?\n/)].map((piece) => piece.trim()).filter((piece) => piece.length >= 8)) result = result.split(part).join("[token]");
  return result.replace(/Bearer\s+\S+/gi, "Bearer [token]");
}

/** Graph errors are {"error":{"code":...,"message":...}}. */
function errorOf(text: string): { code: string; message: string } {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof parsed.error?.code === "string" ? parsed.error.code : "";
    const message = typeof parsed.error?.message === "string" ? parsed.error.message : text.slice(0, 300);
    return { code, message };
  } catch {
    return { code: "", message: text.slice(0, 300) || "(empty response)" };
  }
}
