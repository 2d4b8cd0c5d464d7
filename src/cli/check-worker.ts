// One worker thread of the pool in workers.ts: builds its resources at start-up (while the main thread
// reads the folders), then takes pairs from the shared counter until none is left.
import { parentPort, workerData } from "node:worker_threads";
import { emptyDictionary } from "../align/dictionary.js";
import { dictionarySegmenter } from "../align/maxmatch.js";
import { loadDictionary } from "../io/dictionary-file.js";
import { wordSegmenter } from "../segment/words.js";
import { checkTask, type CheckTask, type WorkerReply, type WorkerSetup } from "./workers.js";

const { resources: o, next } = workerData as WorkerSetup;
const counter = new Int32Array(next);
const dictionary = o.dictionary ? loadDictionary() : emptyDictionary();
const resources = { dictionary, words: o.wordSegmenter === "dictionary" ? dictionarySegmenter(dictionary) : wordSegmenter(o.wordSegmenter) };

parentPort!.once("message", (tasks: CheckTask[]) => {
  for (let index = Atomics.add(counter, 0, 1); index < tasks.length; index = Atomics.add(counter, 0, 1)) {
    parentPort!.postMessage(checkTask(tasks[index]!, index, resources));
  }
  parentPort!.postMessage({ finished: true } satisfies WorkerReply);
});
