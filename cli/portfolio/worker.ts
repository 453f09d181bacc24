// A worker thread of a portfolio run (cli/portfolio/pool.ts): runs the tasks the pool hands it
// and answers each with its result or its error.
import { parentPort } from "node:worker_threads";
import { runTask, type TaskName } from "./tasks";
import { toWire } from "./wire-error";

export interface WorkRequest {
  index: number;
  task: TaskName;
  input: unknown;
  args: unknown;
}

/** Sent when the work is done: the worker exits through process.exit, so its exit handlers run (terminate() skips them). */
export const CLOSE = "close";

parentPort!.on("message", async (request: WorkRequest | typeof CLOSE) => {
  if (request === CLOSE) process.exit(0);
  const { index, task, input, args } = request;
  try {
    parentPort!.postMessage({ index, result: await runTask(task, input as never, args as never) });
  } catch (error) {
    parentPort!.postMessage({ index, error: toWire(error) });
  }
});
