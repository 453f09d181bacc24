// Runs the precompiled command line (dist/cli.mjs) as bin/exchange-iac.js does, but never
// falls back to the sources: what test/helpers/cli.ts's runBundle runs.
const { main } = await import("../../dist/cli.mjs");
// A reader that stops early (`exchange-iac --help | head -1`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
