// `npm run fuzz [-- --scale N] [-- --seed S]`: the property tests of test/hardening-fuzz.test.ts
// with many more cases and a fresh seed each run (printed, so a failure can be replayed with
// --seed). Default scale 10: 3,000 + 5,000 + 4,000 loader cases, 400 files through the fast
// commands, 60 through synth/check/compare, 120 invalid files through every command.
import fc from "fast-check";
import {
  FAST_COMMANDS,
  PIPELINE_COMMANDS,
  commandsRefuseInvalidFiles,
  commandsSurviveValidFiles,
  loaderAcceptsValidFiles,
  loaderNamesTheField,
  loaderNeverThrowsAnythingElse,
  type Tally,
} from "../test/fuzz/properties";

const flag = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
};
const scale = flag("scale") ?? 10;
const seed = flag("seed") ?? Date.now() % 2 ** 31;
process.env.CI = "true"; // no progress output from compare
console.log(`fuzz: seed ${seed}, scale ${scale}`);

const tally: Tally = { runs: 0, byCode: {} };
const properties: [string, fc.IProperty<any> | fc.IAsyncProperty<any>, number][] = [
  ["loader accepts valid files", loaderAcceptsValidFiles, 300],
  ["loader names the field of invalid files", loaderNamesTheField, 500],
  ["loader: any text gives a result or an InputError", loaderNeverThrowsAnythingElse, 400],
  ["sizing, tenant plan, export, cost on valid files", commandsSurviveValidFiles(FAST_COMMANDS, tally), 40],
  ["synth, check, compare on valid files", commandsSurviveValidFiles(PIPELINE_COMMANDS, tally), 6],
  ["every command on invalid files", commandsRefuseInvalidFiles([...FAST_COMMANDS, ...PIPELINE_COMMANDS]), 12],
];

let failed = false;
for (const [name, property, runs] of properties) {
  const started = Date.now();
  const details = await fc.check(property as fc.IAsyncProperty<any>, { numRuns: runs * scale, seed });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${name} after ${details.numRuns} cases (${seconds} s), seed ${seed}, path ${details.counterexamplePath}`);
    console.log(String(details.errorInstance).slice(0, 4000));
  } else {
    console.log(`ok   ${name}: ${details.numRuns} cases (${seconds} s)`);
  }
}
console.log(`exit codes of valid files per command: ${JSON.stringify(tally.byCode)}`);
process.exitCode = failed ? 1 : 0;
