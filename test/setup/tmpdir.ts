// Every test's temporary files go into one folder of this run, removed when the run ends: the tests
// make some sixty folders (reports, configs, folder pairs) with mkdtemp under os.tmpdir(), which reads
// TMPDIR, and the workers that run the test files inherit this process's environment.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "tandem-test-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}
