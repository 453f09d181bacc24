// The cdktf app entry point (cdktf.json "app"): `npx cdktf synth` runs this file.
// EXCHANGE_IAC_CONFIG names the organization file; without it the built-in example is used.
// EXCHANGE_IAC_LOCAL_STATE=1 keeps state in local files (what `synth --local-state` does).
import { InputError } from "../model/input-error";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";
import { buildApp, writeStackDocuments } from "./app";

try {
  const org = loadOrganizationFile(process.env.EXCHANGE_IAC_CONFIG ?? EXAMPLE_CONFIG);
  const { app } = buildApp(org, undefined, undefined, true, process.env.EXCHANGE_IAC_LOCAL_STATE === "1");
  app.synth();
  writeStackDocuments(org, app.outdir);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(2);
}
