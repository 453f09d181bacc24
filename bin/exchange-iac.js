#!/usr/bin/env node
// Runs the precompiled command line in dist/ (built by `npm run build`, and by `npm ci` and
// `npm install` through `prepare`) while it is current; otherwise the TypeScript sources
// through tsx, so an edited checkout never runs stale code.
import module from "node:module";
import { bundleIsCurrent } from "./current-bundle.js";

// Node 22.1 and later keep V8's compiled code between runs (a no-op on Node 20).
module.enableCompileCache?.();

async function sources() {
  const { register } = await import("tsx/esm/api");
  register();
  return import("../cli/main.ts");
}

const { main } = bundleIsCurrent(new URL("../", import.meta.url)) ? await import("../dist/cli.mjs") : await sources();
// A reader that stops early (`exchange-iac --help | head -1`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
