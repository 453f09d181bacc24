// Starts a portfolio worker thread from the TypeScript sources (no dist/ build): tsx's loader
// is registered in this thread, as bin/exchange-iac.js registers it in the main thread.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
