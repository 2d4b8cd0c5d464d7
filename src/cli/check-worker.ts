// One worker thread of the pool in workers.ts: builds its resources once, then checks pairs on request.
import { parentPort, workerData } from "node:worker_threads";
import { emptyDictionary } from "../align/dictionary.js";
import { dictionarySegmenter } from "../align/maxmatch.js";
import { loadDictionary } from "../io/dictionary-file.js";
import { TandemError } from "../model/errors.js";
import { check, checkAligned } from "../pipeline.js";
import { wordSegmenter } from "../segment/words.js";
import type { CheckTask, ResourceOptions, WorkerReply } from "./workers.js";

const o = workerData as ResourceOptions;
const dictionary = o.dictionary ? loadDictionary() : emptyDictionary();
const resources = { dictionary, words: o.wordSegmenter === "dictionary" ? dictionarySegmenter(dictionary) : wordSegmenter(o.wordSegmenter) };

parentPort!.on("message", ({ index, task }: { index: number; task: CheckTask }) => {
  let reply: WorkerReply;
  try {
    const run = task.pair.aligned ? checkAligned : check;
    reply = { index, result: run(task.pair.source, task.pair.target, resources, task.options) };
  } catch (e) {
    reply = e instanceof TandemError ? { index, error: e.message, exitCode: e.exitCode } : { index, error: `internal error: ${(e as Error).message}`, exitCode: 2 };
  }
  parentPort!.postMessage(reply);
});
