// Before any test: the precompiled command line is built from the current sources, so the
// tests that run the binary (test/helpers/cli.ts, runBinary) never run a stale bundle, and
// test/precompiled-cli.test.ts compares it with the sources.
import { buildCli } from "../scripts/build";

export default async function setup(): Promise<void> {
  await buildCli();
}
