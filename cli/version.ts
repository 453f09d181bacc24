// The version `exchange-iac --version` prints: package.json's, bundled in at build time so the
// precompiled command line needs no file beside it. CHANGELOG.md has an entry for each.
import packageJson from "../package.json";

export const VERSION: string = packageJson.version;
