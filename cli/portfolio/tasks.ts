// What a portfolio (`--config <directory>`) does per organization, by name, so a worker
// thread can run it: the same function runs in this thread with one job and in the workers
// with several, which is what makes their outputs the same.
import type { OrganizationFile } from "../../model/schema";
import type { WireError } from "./wire-error";

const TASKS = {
  /** Reads and validates one organization file; a mistake in it is a result, so every bad file is reported. */
  load: async () => {
    const { loadOrFail } = await import("../../model/organization-directory");
    const { InputError } = await import("../../model/input-error");
    const { toWire } = await import("./wire-error");
    return async (path: string, _args: undefined): Promise<{ org: OrganizationFile } | { refused: WireError }> => {
      const loaded = loadOrFail(path);
      return loaded instanceof InputError ? { refused: toWire(loaded) } : { org: loaded };
    };
  },
  compare: async () => (await import("../commands/compare")).compareEntry,
  synth: async () => (await import("../../stacks/app")).synthesizeEntry,
};

export type TaskName = keyof typeof TASKS;
type TaskFunction<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
export type TaskInput<N extends TaskName> = Parameters<TaskFunction<N>>[0];
export type TaskArgs<N extends TaskName> = Parameters<TaskFunction<N>>[1];
export type TaskResult<N extends TaskName> = Awaited<ReturnType<TaskFunction<N>>>;

/** Runs one task, then frees what a synthesis left behind (stacks/release-memory.ts). */
export async function runTask<N extends TaskName>(name: N, input: TaskInput<N>, args: TaskArgs<N>): Promise<TaskResult<N>> {
  const task = (await TASKS[name]()) as (input: TaskInput<N>, args: TaskArgs<N>) => Promise<TaskResult<N>>;
  const result = await task(input, args);
  if (name !== "load") (await import("../../stacks/release-memory")).releaseOrganizationMemory();
  return result;
}
