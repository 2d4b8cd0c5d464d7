// The HTML report in a real browser (Debian's chromium, driven by playwright-core): nothing in the
// input runs as code, the filters work, the summary links jump, print hides the controls. Screenshots
// go to test-output/ (gitignored) for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHtml } from "../src/report/html.js";
import { ROOT, SEED, tandem, writeFolders } from "./helpers.js";
import { tricky } from "./report-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = join(ROOT, "test-output");

describe.runIf(existsSync(CHROMIUM))("the HTML report in chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "tandem-html-"));
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string, width = 1280): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
    page.on("request", (r) => !r.url().startsWith("file:") && requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, dialogs };
  }

  const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).count();

  it("renders hostile text as text and runs none of it", async () => {
    const { page, errors, dialogs } = await open(formatHtml(tricky(), { toolVersion: "test" }), "tricky");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator("textarea, [onload], table.beads b").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    const body = await page.locator("table.beads").innerText();
    expect(body).toContain("<script>window.__pwned=1</script>");
    expect(body).toContain("x='</textarea>'");
    expect(body).toContain('" onload="window.__pwned=2"');
    expect(body).toContain("𠀀");
    expect(body).toContain("😀");
    expect(await page.locator("mark").first().innerText()).toBe("5");
    await page.screenshot({ path: join(OUT, "report-tricky.png"), fullPage: true });
    await page.close();
  });

  it("filters by severity and by rule, and the summary jumps to each finding", async () => {
    const { page, errors } = await open(formatHtml(tricky(), { toolVersion: "test" }), "filters");
    expect(await visible(page, "li.finding")).toBe(5);
    expect(await page.locator("#shown").innerText()).toBe("5 findings shown");

    await page.locator('label.chip:has(input[value="error"])').click();
    expect(await visible(page, "li.finding")).toBe(2);
    expect(await visible(page, ".index li")).toBe(2);
    expect(await page.locator("#shown").innerText()).toBe("2 of 5 findings shown");
    expect(await page.locator('mark[data-f="2"]').getAttribute("class")).toContain("off");
    expect(await page.locator('mark[data-f="1"]').first().getAttribute("class")).not.toContain("off");

    await page.locator('label.chip:has(input[value="number-mismatch"])').click();
    expect(await visible(page, "li.finding")).toBe(1);
    expect(await page.locator("li.finding").filter({ visible: true }).getAttribute("data-rule")).toBe("untranslated");

    await page.locator("#only-findings").check();
    expect(await visible(page, "tr.bead")).toBe(1);
    await page.screenshot({ path: join(OUT, "report-filtered.png") });

    await page.locator("#only-findings").uncheck();
    await page.locator('label.chip:has(input[value="error"])').click();
    await page.locator('label.chip:has(input[value="number-mismatch"])').click();
    expect(await visible(page, "li.finding")).toBe(5);

    await page.keyboard.press("n");
    expect(await page.evaluate(() => location.hash)).toBe("#f-1");
    await page.keyboard.press("n");
    await page.keyboard.press("n");
    expect(await page.evaluate(() => location.hash)).toBe("#f-3");
    await page.keyboard.press("p");
    expect(await page.evaluate(() => location.hash)).toBe("#f-2");

    await page.locator('.index a[href="#f-4"]').click();
    expect(await page.evaluate(() => location.hash)).toBe("#f-4");
    const box = await page.locator("#f-4").boundingBox();
    const bar = await page.locator("#filters").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1); // not hidden under the sticky bar
    expect(box!.y).toBeLessThan(900);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hides the controls when printed and keeps the highlights", async () => {
    const { page } = await open(formatHtml(tricky(), { toolVersion: "test" }), "print");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator("table.beads").isVisible()).toBe(true);
    const bg = await page.locator("mark.sev-warning").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe("rgba(0, 0, 0, 0)");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.close();
  });

  it("opens the seed's report written by the CLI, on a laptop and a narrow screen, without the network", async () => {
    const file = join(dir, "seed.html");
    const r = tandem(["check", SEED, "--format", `html:${file}`]);
    expect([0, 1]).toContain(r.code);
    const { readFileSync } = await import("node:fs");
    const { page, errors } = await open(readFileSync(file, "utf8"), "seed", 1366);
    expect(await page.locator("tr.bead").count()).toBeGreaterThan(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUT, "report-seed.png") });
    await page.setViewportSize({ width: 700, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUT, "report-seed-narrow.png") });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("shows two folders' pairs in natural order and hides the table of a pair with nothing to show", async () => {
    const root = join(dir, "folders");
    const clean = (n: number) => Array.from({ length: 45 }, (_, k) => `第${k + n}句话很好。`).join("\n");
    const cleanEn = (n: number) => Array.from({ length: 45 }, (_, k) => `Sentence ${k + n} is fine.`).join("\n");
    writeFolders(root, { "zh/d2.txt": clean(1), "en/d2.txt": cleanEn(1), "zh/d10.txt": clean(1), "en/d10.txt": cleanEn(1) + "\n第九十九句话没有翻译。" });
    const file = join(dir, "folders.html");
    const r = tandem(["check", join(root, "zh"), join(root, "en"), "--presplit", "--format", `html:${file}`, "--jobs", "1"]);
    expect(r.code).toBe(1);
    const { readFileSync } = await import("node:fs");
    const { page, errors } = await open(readFileSync(file, "utf8"), "folders");
    // d2 before d10, as a person numbers files.
    expect(await page.locator("h2.pair-title .file").allInnerTexts()).toEqual([
      `${join(root, "zh", "d2.txt")} → ${join(root, "en", "d2.txt")}`,
      `${join(root, "zh", "d10.txt")} → ${join(root, "en", "d10.txt")}`,
    ]);
    // Only beads with findings (the default for long documents): d2 has none, so no empty table.
    expect(await visible(page, "table.beads")).toBe(1);
    await page.locator("#only-findings").uncheck();
    expect(await visible(page, "table.beads")).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
