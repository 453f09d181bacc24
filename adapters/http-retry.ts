// One request with the retries Microsoft's services ask for: after 429 (throttled) or 503
// (unavailable) wait as long as Retry-After says (seconds or an HTTP date, capped), then send
// again, a few times at most. Each attempt is bounded in time (headers and body together), and
// a redirect is never followed: the answer of another place is not the service's, and a
// re-sent body or token must not go there. Shared by the InvokeCommand client and the Graph client.
export interface RetryOptions {
  /** Retries after 429/503, honouring Retry-After (capped at maxRetryDelayMs). */
  maxRetries?: number;
  maxRetryDelayMs?: number;
  /** How long one attempt may take, its answer's body included (default 60 s). */
  timeoutMs?: number;
  /** How to wait; tests pass one that records the delay. */
  sleep?: (milliseconds: number) => Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

// Plain values only: the InvokeCommand client runs inside the Pulumi dynamic provider, whose
// closure serialization breaks a captured Set.
const wait = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export async function fetchWithRetry(url: string, init: RequestInit, options: RetryOptions = {}): Promise<Response> {
  const maxRetries = options.maxRetries ?? 3;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
    if ((response.status !== 429 && response.status !== 503) || attempt >= maxRetries) return response;
    await response.body?.cancel();
    await sleep(Math.min(maxDelay, retryAfterMs(response.headers.get("retry-after"))));
  }
}

/**
 * The answer's body as text, at most `limit` bytes: `over` says the body was longer (the rest
 * is not read). A 250 MB error page costs `limit` bytes, not 250 MB.
 */
export async function readAnswer(response: Response, limit: number): Promise<{ text: string; over: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: "", over: false };
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.length > limit) {
      chunks.push(value.subarray(0, limit - length));
      await reader.cancel();
      return { text: Buffer.concat(chunks).toString("utf8"), over: true };
    }
    chunks.push(value);
    length += value.length;
  }
  return { text: Buffer.concat(chunks).toString("utf8"), over: false };
}

function retryAfterMs(header: string | null): number {
  if (header === null || header.trim() === "") return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}
