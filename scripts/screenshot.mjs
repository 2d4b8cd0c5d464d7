// npm run screenshot: renders the HTML report of the demo pair with the built CLI and photographs it
// in Debian's chromium (playwright-core) into docs/report.png, the picture in the README.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  console.error(`screenshot: ${chromiumPath} not found (apt-get install chromium, or set CHROMIUM)`);
  process.exit(2);
}
mkdirSync(join(root, "test-output"), { recursive: true });
mkdirSync(join(root, "docs"), { recursive: true });
const html = join(root, "test-output", "report-demo.html");
const run = spawnSync(
  process.execPath,
  [join(root, "bin", "tandem.js"), "check", "fixtures/report-demo.zh.txt", "fixtures/report-demo.en.txt", "--format", `html:${html}`, "--fail-on", "never"],
  { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
);
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(run.status ?? 2);
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
const out = join(root, "docs", "report.png");
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`screenshot: ${out}`);
