#!/usr/bin/env node
// The one-file build that bin/tandem.js runs (issue 7: start-up): dist/cli/tandem.cjs, made by rolldown
// from what tsc wrote to dist/, and dist/cli/tandem.cjs.cache, V8's code cache of it after a few
// typical runs. Node 20 loads the ~55 ES modules of a check one by one (resolve, read, compile, link)
// and has no compile cache for them (module.enableCompileCache came in Node 22); one script compiled
// with its cached bytecode starts ~40 ms sooner (seed check, median of 21 runs: 195 -> 154 ms).
//
// Run by `npm run build` after tsc and build-dict. bin/tandem.js uses the bundle only when it is newer
// than dist/cli/main.js, so a plain `tsc` afterwards falls back to the modules in dist/ and never runs
// stale code; the cache is used only when newer than the bundle.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli", "tandem.cjs");
const cache = `${bundle}.cache`;
rmSync(cache, { force: true });

const build = await rolldown({
  input: join(root, "dist", "cli", "main.js"),
  platform: "node",
  // Loaded at run time with createRequire when a run asks for them (native code, large dictionaries).
  external: [/^node:/, "@node-rs/jieba", "segmentit", "fast-xml-parser", "fast-diff"],
  logLevel: "warn",
});
// One file: the formatters and readers that main.js imports on demand stay lazy (their module bodies
// run when first imported), they are only not separate files.
await build.write({ file: bundle, format: "cjs", codeSplitting: false });
await build.close();

// The code cache holds the bytecode of every function compiled so far, so compile, then run what a
// typical run runs (output discarded), then serialize.
const { compileBundle } = await import(new URL("../bin/load.js", import.meta.url).href);
const { script, exports } = compileBundle(bundle, undefined);
const seed = join(root, "fixtures", "seed.txt");
const [out, err] = [process.stdout.write, process.stderr.write];
process.stdout.write = process.stderr.write = () => true;
try {
  for (const argv of [["check", seed, "--format", "json"], ["check", seed], ["align", seed]]) await exports.main(["node", "tandem", ...argv]);
} finally {
  [process.stdout.write, process.stderr.write] = [out, err];
}
process.exitCode = 0;
writeFileSync(cache, script.createCachedData());
console.log(`bundle: ${bundle} (${(readFileSync(bundle).length / 1024).toFixed(0)} KB), code cache ${(readFileSync(cache).length / 1024).toFixed(0)} KB`);
