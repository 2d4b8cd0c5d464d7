// Checking many document pairs on all cores: a pool of worker threads, each with its own dictionary and
// segmenter, fed one pair at a time. Results come back as plain data (structured clone).

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { TandemError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import type { PipelineOptions } from "../pipeline.js";
import type { InputPair } from "./inputs.js";

export interface ResourceOptions {
  dictionary: boolean;
  wordSegmenter: "dictionary" | "jieba" | "segmentit";
}

export interface CheckTask {
  pair: InputPair;
  options: PipelineOptions;
}

export type WorkerReply = { index: number; result: Result } | { index: number; error: string; exitCode: number };

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Runs the tasks on `jobs` workers; `progress` hears of each finished pair. Fails on the first error. */
export function checkInWorkers(
  tasks: CheckTask[],
  jobs: number,
  resources: ResourceOptions,
  progress: (done: number, failed: number) => void = () => {},
): Promise<Result[]> {
  const results: Result[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker): void => {
      if (next < tasks.length) {
        const index = next++;
        w.postMessage({ index, task: tasks[index] });
      } else void w.terminate();
    };
    const count = Math.min(jobs, tasks.length);
    for (let k = 0; k < count; k++) {
      const w = new Worker(new URL("./check-worker.js", import.meta.url), { workerData: resources });
      workers.push(w);
      w.on("message", (reply: WorkerReply) => {
        if ("error" in reply) {
          progress(done, 1);
          fail(new TandemError(reply.error, reply.exitCode));
          return;
        }
        results[reply.index] = reply.result;
        done++;
        progress(done, 0);
        if (done === tasks.length && !settled) {
          settled = true;
          for (const x of workers) void x.terminate();
          resolve(results);
        } else feed(w);
      });
      w.on("error", (e) => fail(e));
      feed(w);
    }
  });
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
