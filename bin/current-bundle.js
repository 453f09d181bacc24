// Whether the precompiled command line in <root>/dist is current: it exists and no source file
// it was built from (dist/inputs.json, written last by scripts/build.ts) is newer than it.
// A few hundred stat calls, about a millisecond.
import { readFileSync, statSync } from "node:fs";

/** @param {URL} root the project directory, ending in "/" */
export function bundleIsCurrent(root) {
  try {
    const manifest = new URL("dist/inputs.json", root);
    const built = statSync(manifest).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(manifest, "utf8"));
    return inputs.every((/** @type {string} */ path) => statSync(new URL(path, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}
