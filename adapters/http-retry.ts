// One request with the retries Microsoft's services ask for: after 429 (throttled) or 503
// (unavailable) wait as long as Retry-After says (seconds or an HTTP date, capped), then send
// again, a few times at most. Shared by the InvokeCommand client and the Graph client.
export interface RetryOptions {
  /** Retries after 429/503, honouring Retry-After (capped at maxRetryDelayMs). */
  maxRetries?: number;
  maxRetryDelayMs?: number;
  /** How to wait; tests pass one that records the delay. */
  sleep?: (milliseconds: number) => Promise<void>;
}

// Plain values only: the InvokeCommand client runs inside the Pulumi dynamic provider, whose
// closure serialization breaks a captured Set.
const wait = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export async function fetchWithRetry(url: string, init: RequestInit, options: RetryOptions = {}): Promise<Response> {
  const maxRetries = options.maxRetries ?? 3;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if ((response.status !== 429 && response.status !== 503) || attempt >= maxRetries) return response;
    await response.arrayBuffer();
    await sleep(Math.min(maxDelay, retryAfterMs(response.headers.get("retry-after"))));
  }
}

function retryAfterMs(header: string | null): number {
  if (header === null || header.trim() === "") return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}
