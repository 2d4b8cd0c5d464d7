// Checking many document pairs on all cores: this thread and a pool of worker threads, each with its own
// dictionary and segmenter, take the next pair from one shared counter until none is left.
//
// What keeps the cores busy (issue 7): the workers are started before the folders are read, so their
// start-up (modules, dictionary) overlaps the reading; this thread checks pairs too instead of waiting;
// a thread takes the next pair itself (Atomics.add) instead of asking this thread for it, so no thread
// waits for another between pairs and the last pairs spread over every thread; a worker sends back only
// what it computed (sentences, beads, findings), not the documents it was given.

import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { AlignResources } from "../align/index.js";
import { TandemError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import { check, checkAligned, type PipelineOptions } from "../pipeline.js";
import type { InputPair } from "./inputs.js";

export interface ResourceOptions {
  dictionary: boolean;
  wordSegmenter: "dictionary" | "jieba" | "segmentit";
}

export interface CheckTask {
  pair: InputPair;
  options: PipelineOptions;
}

/** What a worker computed for a pair: the result without the documents, which this thread has. */
export type Computed = Omit<Result, "source" | "target">;

export type WorkerReply = { index: number; computed: Computed } | { index: number; error: string; exitCode: number } | { finished: true };

/** What a worker is started with: the resources to build, and the counter every thread takes pairs from. */
export interface WorkerSetup {
  resources: ResourceOptions;
  next: SharedArrayBuffer;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Checks one pair; a failure becomes a reply, so that the lowest failing pair can be reported. */
export function checkTask(task: CheckTask, index: number, resources: AlignResources): WorkerReply {
  try {
    const run = task.pair.aligned ? checkAligned : check;
    const { source: _source, target: _target, ...computed } = run(task.pair.source, task.pair.target, resources, task.options);
    return { index, computed };
  } catch (e) {
    return e instanceof TandemError ? { index, error: e.message, exitCode: e.exitCode } : { index, error: `internal error: ${(e as Error).message}`, exitCode: 2 };
  }
}

export interface Pool {
  /**
   * Checks the tasks on this thread (with `resources()`, built when it starts) and on the workers;
   * `progress` hears of each finished pair. Results come in task order. When pairs fail, no new pair
   * is started and the failure of the first failing pair (in task order) is thrown, as one thread
   * would have thrown it.
   */
  run(tasks: CheckTask[], resources: () => AlignResources, progress?: (done: number, failed: number) => void): Promise<Result[]>;
  /** Stops the workers (also when run was never called). */
  close(): void;
}

/** Starts `threads - 1` workers (this thread is the last one); they build their resources at once. */
export function startPool(threads: number, resources: ResourceOptions): Pool {
  // Every thread's isolate compiles its own optimized code, and on a machine whose cores all check
  // pairs, that compilation takes a core from checking. V8 optimizes a function after about 66 KB of
  // bytecode has run in it by default; 400 KB leaves the lukewarm functions in baseline code, which a
  // pair of a few hundred sentences hardly misses. Measured on the 200-pair batch of bench:speed (2 cores,
  // all threads): 4.25 → 3.88 s wall, 8.1 → 7.4 s CPU. The flag is the process's, so it is set only here:
  // one long document on one thread is faster with the default (the Bible set: 0.80 s, 0.96 s at 300 KB).
  setFlagsFromString("--interrupt-budget=409600");
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const setup: WorkerSetup = { resources, next };
  // A worker that fails before run() (on start-up, say) is reported by run(); until then, remembered.
  const workers: Array<{ worker: Worker; crashed?: Error }> = [];
  for (let k = 0; k < threads - 1; k++) {
    const entry: { worker: Worker; crashed?: Error } = { worker: new Worker(new URL("./check-worker.js", import.meta.url), { workerData: setup }) };
    entry.worker.on("error", (e) => (entry.crashed ??= e));
    workers.push(entry);
  }
  const close = (): void => {
    for (const { worker } of workers) void worker.terminate();
  };

  const run = (tasks: CheckTask[], local: () => AlignResources, progress: (done: number, failed: number) => void = () => {}): Promise<Result[]> =>
    new Promise((resolve, reject) => {
      const results: Result[] = new Array(tasks.length);
      let done = 0;
      let failure: { index: number; error: Error } | undefined;
      let running = workers.length + 1; // threads still taking pairs
      const stop = (): void => void Atomics.store(counter, 0, tasks.length);
      const fail = (index: number, error: Error): void => {
        stop();
        if (!failure || index < failure.index) failure = { index, error };
        progress(done, 1);
      };
      const take = (reply: WorkerReply): void => {
        if ("finished" in reply) return;
        if ("error" in reply) return fail(reply.index, new TandemError(reply.error, reply.exitCode));
        const task = tasks[reply.index]!;
        results[reply.index] = { source: task.pair.source, target: task.pair.target, ...reply.computed };
        done++;
        progress(done, 0);
      };
      const finished = (): void => {
        if (--running > 0) return;
        if (failure) reject(failure.error);
        else resolve(results);
      };
      for (const { worker: w, crashed } of workers) {
        let over = false;
        const end = (): void => {
          if (over) return;
          over = true;
          finished();
        };
        w.on("message", (reply: WorkerReply) => (take(reply), "finished" in reply && end()));
        // A worker that dies takes no more pairs; the pair it had is lost, so the run fails.
        w.on("error", (e) => (fail(tasks.length, e), end()));
        w.on("exit", end);
        if (crashed) (fail(tasks.length, crashed), end());
        else w.postMessage(tasks);
      }
      // This thread: one pair at a time, letting the workers' replies (and the progress bar) in between.
      void (async () => {
        try {
          const res = local();
          for (let index = Atomics.add(counter, 0, 1); index < tasks.length; index = Atomics.add(counter, 0, 1)) {
            take(checkTask(tasks[index]!, index, res));
            await new Promise((r) => setImmediate(r));
          }
        } catch (e) {
          fail(-1, e as Error);
        }
        finished();
      })();
    });

  return { run, close };
}

/** A one-line progress bar for stderr: pairs done, failed, and time left. */
export function progressLine(done: number, failed: number, total: number, startedMs: number, nowMs: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const elapsed = (nowMs - startedMs) / 1000;
  const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
  const eta = Number.isFinite(left) ? `${Math.ceil(left)} s left` : "…";
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} pairs, ${failed} failed, ${eta}`;
}
