// Memory between the organizations of a portfolio (`--config <directory>`).
//
// cdktf keeps every token it ever created in one process-wide map (cdktf 0.21:
// lib/tokens/private/token-map.js, `global.__cdktfTokenMap`), so each synthesized
// organization stays in memory for the life of the process: about 1.2 MB each, which put
// `compare --config <directory>` with 50 organizations over the 400 MB target of issue 8.
// Between two organizations of a portfolio, once the previous app is synthesized and
// dropped, nothing can resolve its tokens any more, so the map is emptied in place (the
// instance stays, as cdktf's modules hold it). Only the portfolio loops call this: a
// single-organization run, and tests that keep an app to resolve later, never do.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

interface TokenMapShape {
  stringTokenMap?: Map<unknown, unknown>;
  numberTokenMap?: Map<unknown, unknown>;
}

/**
 * Called after each organization of a portfolio (in each worker thread, cli/portfolio):
 * empties cdktf's token map and, once the heap holds more than GARBAGE_ALLOWED bytes above
 * what was live after the last full collection, runs one. V8 otherwise lets the dead apps of
 * many organizations pile up (measured: 50 organizations reached 460-500 MB before a major
 * collection). A forced collection costs about a tenth of a second, so it runs only when
 * needed (every few organizations), not after each one. The limit follows the live heap
 * (about 25 MB in the precompiled bundle, over 100 MB through tsx), so two workers and the
 * main thread stay under 400 MB together.
 */
export function releaseOrganizationMemory(): void {
  releaseSynthesizedTokens();
  if (process.memoryUsage().heapUsed > liveAfterCollection + GARBAGE_ALLOWED) {
    fullGc()?.();
    liveAfterCollection = process.memoryUsage().heapUsed;
  }
}

const GARBAGE_ALLOWED = 64 * 1024 * 1024;
let liveAfterCollection = 0;

let gc: (() => void) | undefined | null = null;
/** V8's gc(), made available at run time (Node documents v8.setFlagsFromString for this). */
function fullGc(): (() => void) | undefined {
  if (gc === null) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = undefined;
    }
  }
  return gc;
}

export function releaseSynthesizedTokens(): void {
  const tokens = (globalThis as { __cdktfTokenMap?: TokenMapShape }).__cdktfTokenMap;
  // Another cdktf version may keep its tokens elsewhere: then nothing is released.
  if (tokens?.stringTokenMap instanceof Map && tokens.numberTokenMap instanceof Map) {
    tokens.stringTokenMap.clear();
    tokens.numberTokenMap.clear();
  }
}
