// Preloaded by the benchmark (NODE_OPTIONS=--import) into every Node process it starts:
// on exit, each process appends its peak resident set size (KB) to BENCH_RSS_FILE.
import { appendFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
});
