// Where bin/tandem.js finds main(): the one-file build (dist/cli/tandem.cjs, see scripts/bundle.mjs),
// compiled with V8's code cache, when `npm run build` made it after the last tsc; else the modules tsc
// wrote to dist/ (a plain `npx tsc` after a build never runs a stale bundle).
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const dist = fileURLToPath(new URL("../dist/cli/", import.meta.url));
export const BUNDLE = `${dist}tandem.cjs`;

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** Runs the bundle as a CommonJS module, with V8's code cache when given; its exports and its script. */
export function compileBundle(file, cachedData) {
  const source = readFileSync(file, "utf8");
  // The wrapper is on the first line, so line numbers in stack traces stay those of the file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}

/** main(argv) → exit code, from the bundle when it is current, else from dist/cli/main.js. */
export async function loadMain() {
  const built = mtime(BUNDLE);
  if (built >= 0 && built >= mtime(`${dist}main.js`)) {
    const cache = `${BUNDLE}.cache`;
    return compileBundle(BUNDLE, mtime(cache) >= built ? readFileSync(cache) : undefined).exports.main;
  }
  return (await import("../dist/cli/main.js")).main;
}
