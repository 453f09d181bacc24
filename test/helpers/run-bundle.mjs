// Runs the precompiled command line (dist/cli.mjs) as bin/exchange-iac.js does, but never
// falls back to the sources: what test/helpers/cli.ts's runBundle runs.
const { main } = await import("../../dist/cli.mjs");
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
