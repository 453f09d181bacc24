// npm run build (and `prepare`, so `npm ci` builds it): the command line precompiled with
// esbuild into dist/, so no TypeScript is compiled at run time (issue 17). One ES module per
// entry point plus shared chunks, loaded when a command imports them, so `--help` loads only
// commander and the command definitions. bin/exchange-iac.js runs dist/ while it is as new as
// every source file it was built from (dist/inputs.json), else the sources through tsx.
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { writeFileAtomic } from "../model/write-file";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const ENTRY_POINTS = { cli: "cli/main.ts", worker: "cli/portfolio/worker.ts" };

/**
 * Our sources find their data files (the example, the price catalog, the schema) relative to
 * their own location (`new URL("../x", import.meta.url)`). In the bundle, `import.meta.url` is
 * the chunk's; each source file gets its own original URL instead, relative to the chunk, so
 * the files are found in the project as before.
 */
const ownImportMetaUrl: Plugin = {
  name: "own-import-meta-url",
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${"/"}node_modules${"/"}`)) return undefined;
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const fromDist = relative(DIST, args.path).split("\\").join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

/**
 * cdktf records the whole JavaScript stack, unbounded and formatted into strings, for every
 * token it creates (cdktf 0.21: lib/tokens/private/stack-trace.js), only to print it in a few
 * error messages about unresolvable tokens: about a quarter of the CPU a portfolio takes
 * (measured with --cpu-prof, issue 17). The bundle records none; the synthesized files are
 * the same (test/precompiled-cli.test.ts). The sources (and `npx cdktf synth`) keep the stacks
 * for debugging such an error.
 */
const noTokenStackTraces: Plugin = {
  name: "no-token-stack-traces",
  setup(esbuild) {
    let replaced = false;
    esbuild.onEnd((result) => {
      if (!replaced && result.errors.length === 0) throw new Error("cdktf's lib/tokens/private/stack-trace.js was not bundled: check noTokenStackTraces in scripts/build.ts against the cdktf version");
    });
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/]cdktf[\\/]lib[\\/]tokens[\\/]private[\\/]stack-trace\.js$/ }, () => {
      replaced = true;
      return { contents: "exports.captureStackTrace = () => [];\n", loader: "js" };
    });
  },
};

/**
 * Builds into a sibling of dist/ (same depth, so the relative URLs of ownImportMetaUrl hold) and swaps it
 * in, so a command started meanwhile (or a second build) never sees half a bundle.
 */
export async function buildCli(): Promise<string[]> {
  const staging = `${DIST}.build-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    chunkNames: "[name]-[hash]",
    // The packages are bundled too: Node then reads a few files instead of resolving and
    // loading thousands (cdktf, the azurerm bindings, zod). Not playwright-core (only
    // `compare --pdf` loads it): it finds its own files beside itself.
    external: ["playwright-core"],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [ownImportMetaUrl, noTokenStackTraces],
    define: { EXCHANGE_IAC_BUNDLE: "true" },
    metafile: true,
    logLevel: "warning",
    legalComments: "none",
    // Less to read and compile at every start (about a tenth of `sizing`); identifiers keep
    // their names, so a stack trace still names the functions.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/")).sort();
  // Which packages each output file holds: the tests check that --help loads no engine.
  const packages = Object.fromEntries(
    Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith(".mjs"))
      .map(([file, output]) => [file.split("/").pop()!, [...new Set(Object.keys(output.inputs).map(packageOf).filter((name) => name !== undefined))].sort()]),
  );
  // Written last: bin/exchange-iac.js runs the bundle only while no input is newer than this file.
  writeFileAtomic(join(staging, "inputs.json"), `${JSON.stringify({ inputs, packages }, null, 2)}\n`);
  const previous = `${DIST}.previous-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(staging, DIST);
  rmSync(previous, { recursive: true, force: true });
  return inputs;
}

/** "cdktf" for node_modules/cdktf/lib/app.js, "@pulumi/pulumi" for a scoped package; undefined for our sources. */
function packageOf(path: string): string | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  return match?.[1];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? "")).href) {
  const start = performance.now();
  const inputs = await buildCli();
  process.stdout.write(`built dist/ from ${inputs.length} source files in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
