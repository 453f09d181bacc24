// The built-in example organization file, used when no --config is given. Apart from
// model/load.ts so that naming it (the command line's --help) loads no schema.
import { fileURLToPath } from "node:url";

export const EXAMPLE_CONFIG = fileURLToPath(new URL("../examples/municipality.yaml", import.meta.url));
