// Runs the command line (the whole of cli/main.ts, as bin/exchange-iac.js does) once per
// organization file given, in ONE fresh process, and prints a JSON line: each run's exit code
// and standard error, and the process's peak resident set size in KB. Used by
// test/hardening-input.test.ts to hold the loader to its memory bound on hostile files.
// Usage: tsx test/helpers/cli-sequence.ts <command> FILE...
import { main } from "../../cli/main";

const [command, ...files] = process.argv.slice(2);
const runs: { file: string; code: number; stderr: string }[] = [];
for (const file of files) {
  let stderr = "";
  const code = await main(["--config", file, command!], { stdout: { write: () => true }, stderr: { write: (text: string) => ((stderr += text), true) } });
  runs.push({ file, code, stderr });
}
console.log(JSON.stringify({ runs, peakRssKB: process.resourceUsage().maxRSS }));
