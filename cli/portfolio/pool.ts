// Portfolios on every core (issue 17): `--config <directory>` spreads the organizations over
// worker threads, `--jobs N` of them (default: the number of cores): first reading and
// validating the files, then comparing or synthesizing them, on the same threads. Each task
// runs the same function as with one job, each worker writes only its organization's files,
// and the results come back in file order, so every output is the same whatever the number of
// jobs. A failure is the one a single job would report: the first failing organization in file
// order (organizations before it still finish; none after it starts).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Option } from "commander";
import { InputError } from "../../model/input-error";
import type { OrganizationFile } from "../../model/schema";
import { runTask, type TaskArgs, type TaskInput, type TaskName, type TaskResult } from "./tasks";
import { fromWire, type WireError } from "./wire-error";
import type { CLOSE, WorkRequest } from "./worker";

/** Set by the build (scripts/build.ts): the workers then start from dist/worker.mjs. */
declare const EXCHANGE_IAC_BUNDLE: boolean | undefined;

export function jobsOption(): Option {
  return new Option("--jobs <n>", "with --config <directory>: organizations handled at once, each in a worker thread")
    .default(availableParallelism(), "the number of cores")
    .argParser((value) => {
      const jobs = Number(value);
      if (!/^\d+$/.test(value) || jobs < 1) throw new InputError("--jobs", JSON.stringify(value), "a whole number of at least 1");
      return jobs;
    });
}

/** Worker threads for one command, kept from one task to the next; close() ends them. */
export class Pool {
  private readonly workers: Worker[] = [];
  private readonly exits: Promise<unknown>[] = [];
  private readonly dead = new Set<Worker>();

  constructor(private readonly jobs: number) {}

  /**
   * Runs `task` on every input; the results in input order. `onStart` is called as each one
   * starts: in input order, whatever the number of jobs.
   */
  async map<N extends TaskName>(task: N, inputs: TaskInput<N>[], args: TaskArgs<N>, onStart?: (input: TaskInput<N>, index: number, total: number) => void): Promise<TaskResult<N>[]> {
    if (this.jobs <= 1 || (inputs.length <= 1 && this.workers.length === 0)) {
      const results: TaskResult<N>[] = [];
      for (const [index, input] of inputs.entries()) {
        onStart?.(input, index, inputs.length);
        results.push(await runTask(task, input, args));
      }
      return results;
    }
    while (this.workers.length < Math.min(this.jobs, inputs.length)) this.spawn();
    return this.inWorkers(task, inputs, args, onStart);
  }

  /** Reads and validates organization files; each path's organization or the InputError naming its mistake. */
  async load(paths: string[]): Promise<(OrganizationFile | InputError)[]> {
    return (await this.map("load", paths, undefined)).map((loaded) => ("org" in loaded ? loaded.org : (fromWire(loaded.refused) as InputError)));
  }

  /** Every worker exits (through process.exit, so it removes its scratch files). */
  async close(): Promise<void> {
    for (const worker of this.workers) worker.postMessage("close" satisfies typeof CLOSE);
    await Promise.all(this.exits);
  }

  private spawn(): void {
    const worker = new Worker(workerUrl());
    this.workers.push(worker);
    this.exits.push(new Promise((exited) => worker.once("exit", exited)));
    worker.on("error", () => this.dead.add(worker));
  }

  private inWorkers<N extends TaskName>(task: N, inputs: TaskInput<N>[], args: TaskArgs<N>, onStart?: (input: TaskInput<N>, index: number, total: number) => void): Promise<TaskResult<N>[]> {
    const results: TaskResult<N>[] = new Array(inputs.length);
    const failures = new Map<number, Error>();
    const workers = this.workers.filter((worker) => !this.dead.has(worker));
    /** The inputs each worker is handling. */
    const busy = new Map(workers.map((worker) => [worker, new Set<number>()]));
    const running = () => [...busy.values()].reduce((sum, indexes) => sum + indexes.size, 0);
    let next = 0;
    return new Promise((resolve, reject) => {
      const listeners = new Map<Worker, { message: (message: Answer<N>) => void; error: (error: Error) => void }>();
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        for (const [worker, { message, error }] of listeners) worker.off("message", message).off("error", error);
        if (failures.size) reject(failures.get(Math.min(...failures.keys())));
        else resolve(results);
      };
      /** Gives the worker inputs until it has IN_FLIGHT, in input order; finishes when none is left running. */
      const dispatch = (worker: Worker) => {
        const handling = busy.get(worker)!;
        while (!this.dead.has(worker) && handling.size < IN_FLIGHT && next < inputs.length && failures.size === 0) {
          handling.add(next);
          onStart?.(inputs[next]!, next, inputs.length);
          worker.postMessage({ index: next, task, input: inputs[next], args } satisfies WorkRequest);
          next++;
        }
        if (running() === 0) finish();
      };
      if (workers.length === 0) failures.set(-1, new Error("every portfolio worker thread has stopped"));
      for (const worker of workers) {
        const message = (answer: Answer<N>) => {
          busy.get(worker)!.delete(answer.index);
          if (answer.error) failures.set(answer.index, fromWire(answer.error));
          else results[answer.index] = answer.result!;
          dispatch(worker);
        };
        // A worker that dies (out of memory, a crash) fails what it was handling; one that
        // never started fails the run before any input.
        const error = (error: Error) => {
          const lost = [...busy.get(worker)!];
          failures.set(lost.length ? Math.min(...lost) : -1, error);
          busy.get(worker)!.clear();
          if (running() === 0) finish();
        };
        listeners.set(worker, { message, error });
        worker.on("message", message).on("error", error);
      }
      for (const worker of workers) dispatch(worker);
      if (workers.length === 0) finish();
    });
  }
}

interface Answer<N extends TaskName> {
  index: number;
  result?: TaskResult<N>;
  error?: WireError;
}

/**
 * Organizations a worker handles at once: while one waits for its reports to reach the disk
 * (writeFilesTogether), the next one computes. Synthesis itself is synchronous, so two never
 * interleave inside cdktf.
 */
const IN_FLIGHT = 2;

function workerUrl(): URL {
  // In the bundle, import.meta.url is this source file's URL (scripts/build.ts), so both
  // paths are relative to cli/portfolio/.
  return typeof EXCHANGE_IAC_BUNDLE !== "undefined" ? new URL("../../dist/worker.mjs", import.meta.url) : new URL("./worker-sources.mjs", import.meta.url);
}
