// argv → exit code. The only module that touches process, the console and the file system for writing.

import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { emptyDictionary } from "../align/dictionary.js";
import type { AlignResources } from "../align/index.js";
import { RULES } from "../checks/registry.js";
import { ENCODINGS, type Encoding } from "../io/decode.js";
import { loadDictionary } from "../io/dictionary-file.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, TandemError, UsageError } from "../model/errors.js";
import type { Result } from "../model/types.js";
import { alignDocuments, alignGiven, check, checkAligned, summarize } from "../pipeline.js";
import { ALIGN_FORMATS, CHECK_FORMATS, prepareFormats, type FormatOptions } from "../report/index.js";
import { segment } from "../segment/index.js";
import { wordSegmenter } from "../segment/words.js";
import { dictionarySegmenter } from "../align/maxmatch.js";
import { namesTwoFolders, readInputPairs, readSegmentDocuments, type InputOptions, type InputPair } from "./inputs.js";
import { loadConfig, type TandemConfig } from "./config.js";
import { ruleSettings } from "./rules.js";
import { evaluateGateMany, parseCoverage, parseFailOn } from "./gate.js";
import { guardOutputs, parseOutputs, writeOutputs } from "./outputs.js";

interface CommonOptions {
  from?: string;
  to?: string;
  presplit?: boolean;
  /** Repeatable: FORMAT or FORMAT:FILE. */
  format?: string[];
  output?: string;
  config?: string;
  encoding?: Encoding;
  inputFormat?: string;
  dictionary: boolean;
  wordSegmenter: "dictionary" | "jieba" | "segmentit";
  verbose?: boolean;
  all?: boolean;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs ${value}: give a whole number of at least 1`);
  return n;
}

interface CheckOptions extends CommonOptions {
  jobs?: string;
  failOn?: string;
  minCoverage?: string;
  baseline?: string;
  updateBaseline?: string;
  rules?: string;
  glossary?: string;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "0.0.0";
  }
}

function resources(o: CommonOptions): AlignResources {
  const dictionary = o.dictionary ? loadDictionary() : emptyDictionary();
  // The dictionary's own longest-match segmentation is the default: same alignment F1 as jieba
  // (README) without jieba's 130–200 ms start-up.
  return { dictionary, words: o.wordSegmenter === "dictionary" ? dictionarySegmenter(dictionary) : wordSegmenter(o.wordSegmenter) };
}

function formatOptions(o: CommonOptions, toFile: boolean): FormatOptions {
  const tty = !toFile && Boolean(process.stdout.isTTY);
  const color = tty && !("NO_COLOR" in process.env && process.env.NO_COLOR !== "") && process.env.FORCE_COLOR !== "0";
  return { color: color || (!toFile && Boolean(process.env.FORCE_COLOR) && process.env.FORCE_COLOR !== "0"), width: process.stdout.columns ?? 120, toolVersion: version(), ...(o.all ? { all: true } : {}) };
}

function addCommon(cmd: Command, formats: string[], defaultFormat: string): Command {
  return cmd
    .option("--from <lang>", "source language: zh or en (detected when omitted)")
    .option("--to <lang>", "target language: zh or en (detected when omitted)")
    .option("--presplit", "inputs already hold one sentence a line (blank lines count, so ids equal line numbers)")
    .addOption(
      new Option("-f, --format <format>", `output format: ${formats.join(", ")} (default: ${defaultFormat}); repeatable, FORMAT:FILE writes that format to FILE`).argParser(
        (v: string, previous: string[] | undefined) => [...(previous ?? []), v],
      ),
    )
    .option("-o, --output <file>", "write the report (the one --format without a FILE) to FILE instead of standard output")
    .option("--config <file>", "read options from FILE (default: tandem.config.json, .tandemrc.json or package.json \"tandem\", searched upward)")
    .option("--encoding <encoding>", `input encoding, or SOURCE,TARGET: ${ENCODINGS.join(", ")} (detected when omitted)`)
    .option("--input-format <format>", "auto, text, bilingual, markdown, tsv, tmx or xliff (detected from the extension and content when omitted)")
    .option("--no-dictionary", "align by length and anchors only (no CC-CEDICT)")
    .addOption(new Option("--word-segmenter <name>", "Chinese word segmenter").choices(["dictionary", "jieba", "segmentit"]).default("dictionary"))
    .option("--verbose", "print stack traces for errors");
}

/** `tandem … | head`: a reader that stops early closes the pipe; end quietly, as Unix tools do. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") > 0) continue;
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  let exitCode = EXIT_OK;
  let verbose = argv.includes("--verbose");
  const program = new Command("tandem")
    .description("Align a Chinese document with its English translation (or the reverse) and check the translation.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError("(tandem --help for usage)");

  addCommon(
    program
      .command("check")
      .description("align SOURCE with TARGET and report what the translation left out, added or got wrong")
      .argument("<source>", "source document, or one bilingual file (translation lines start with <<)")
      .argument("[target]", "the translation"),
    Object.keys(CHECK_FORMATS),
    "terminal",
  )
    .option("--all", "show every bead in the terminal report, not only those with findings")
    .option("--jobs <n>", "worker threads for folder pairs (default: all cores)")
    .option("--fail-on <level>", "exit 1 on findings at this level or above: error, warning or never (default: error)")
    .option("--min-coverage <share>", "exit 1 when fewer sentences than this are aligned (0.98 or 98%)")
    .option("--baseline <file>", "report only findings that are not in FILE (and list its stale entries)")
    .option("--update-baseline <file>", "record today's findings in FILE (keeping justifications), then report as with --baseline")
    .option("--rules <list>", "rules to run: omission,addition (only these), -typography,-length-ratio (all but these), +terminology")
    .option("--glossary <file>", "terms for the terminology rule: TSV or CSV (term, translations) or TBX")
    .addHelpText(
      "after",
      `
Examples:
  $ tandem check fixtures/seed.txt                      one bilingual file
  $ tandem check report.zh.txt report.en.txt            a file and its translation
  $ tandem check zh.txt en.txt --format json -o out.json
  $ tandem check zh.txt en.txt --format terminal --format sarif:out.sarif --format html:report.html
  $ tandem check zh.txt en.txt --fail-on warning --min-coverage 0.98 --baseline tandem-baseline.json

Rules: ${RULES.map((r) => r.id).join(", ")}

Exit codes: 0 the gate passed, 1 findings at or over --fail-on (default error) or coverage under
--min-coverage, 2 usage or input error.`,
    )
    .action(async (source: string, target: string | undefined, o: CheckOptions) => {
      verbose = Boolean(o.verbose);
      const config = loadConfig(o.config, process.cwd());
      const outputs = parseOutputs(o.format ?? config?.format ?? ["terminal"], o.output, CHECK_FORMATS);
      const formatsReady = prepareFormats(outputs.map((x) => x.format));
      formatsReady.catch(() => undefined); // awaited before writing; a bad input may end the run first
      const gate = { failOn: parseFailOn(o.failOn) ?? config?.failOn ?? "error", ...optional("minCoverage", parseCoverage(o.minCoverage) ?? config?.minCoverage) };
      guardOutputs([...outputs.map((x) => x.path), o.updateBaseline], [source, target, config?.file, o.baseline !== o.updateBaseline ? o.baseline : undefined, o.glossary ?? config?.glossary]);
      const jobs = o.jobs === undefined ? undefined : parseJobs(o.jobs);
      // Two folders: all cores. The workers start now, to load while this thread reads the folders.
      const threads = jobs !== 1 && namesTwoFolders(source, target) ? await import("./workers.js") : undefined;
      const pool = threads?.startPool(jobs ?? threads.defaultJobs(), { dictionary: o.dictionary, wordSegmenter: o.wordSegmenter });
      let pairs: InputPair[];
      let checked: Result[];
      try {
        // Inputs: one pair, or one pair a matched file of two folders, each a section of every report.
        pairs = await readInputPairs(source, target, inputOptions(o, config), (line) => process.stderr.write(`tandem: ${line}\n`));
        guardOutputs(outputs.map((x) => x.path), pairs.flatMap((p) => p.files));
        const tasks = pairs.map((p) => ({ pair: p, options: { presplit: Boolean(o.presplit), rules: ruleSettings(o, config, p.source.lang, p.target.lang) } }));
        if (pool && threads && pairs.length > 1) {
          // A progress bar on stderr when it is a terminal.
          const started = Date.now();
          const tty = Boolean(process.stderr.isTTY);
          const total = pairs.length;
          checked = await pool.run(tasks, () => resources(o), (done, failed) => {
            if (tty) process.stderr.write(`\r${threads.progressLine(done, failed, total, started, Date.now())}${done === total ? "\n" : ""}`);
          });
        } else {
          const res = resources(o);
          checked = tasks.map(({ pair: p, options }) => (p.aligned ? checkAligned : check)(p.source, p.target, res, options));
        }
      } finally {
        pool?.close();
      }
      // One baseline file for every pair, each entry keyed by its pair's file: stale when that file no longer has it.
      const baselined =
        o.baseline !== undefined || o.updateBaseline !== undefined
          ? (await import("./baseline-file.js")).applyBaselineFilesMany(checked, { ...optional("baseline", o.baseline), ...optional("updateBaseline", o.updateBaseline) }, pairs.map((p) => p.name))
          : { results: checked, notes: [] };
      const applied = baselined.results.map((r) => ({ result: r }));
      const { result } = applied[0]!;
      const notes = baselined.notes;
      const formats = pairs.length > 1 ? (await import("./sections.js")).sectionFormats(CHECK_FORMATS, applied.map((a) => a.result), pairs.map((p) => p.files)) : CHECK_FORMATS;
      await formatsReady;
      writeOutputs(outputs, formats, result, (toFile) => ({ ...formatOptions(o, toFile), cwd: process.cwd(), failOn: gate.failOn }));
      const verdict = evaluateGateMany(applied.map((a) => a.result), pairs.map((p) => p.name ?? p.files.join(" → ")), gate);
      const terminalShown = outputs.some((x) => x.format === "terminal" && x.path === undefined);
      for (const line of notes) process.stderr.write(`tandem: ${line}\n`);
      for (const reason of verdict.reasons) if (!terminalShown || !reason.includes("--fail-on")) process.stderr.write(`tandem: gate failed: ${reason}\n`);
      exitCode = verdict.pass ? EXIT_OK : EXIT_FINDINGS;
    });

  addCommon(
    program
      .command("align")
      .description("align SOURCE with TARGET sentence by sentence")
      .argument("<source>", "source document, or one bilingual file")
      .argument("[target]", "the translation"),
    Object.keys(ALIGN_FORMATS),
    "beads",
  )
    .addHelpText(
      "after",
      `
Formats: beads prints one bead a line, [source ids]:[target ids], 0-based ([0,1]:[0] is a 2-1 bead,
[5]:[] a source sentence with no translation); tsv prints source, target, score and ids; json all of it.

Examples:
  $ tandem align zh.txt en.txt --presplit --from zh --to en --format beads
  $ tandem align fixtures/seed.txt --format tsv -o pairs.tsv`,
    )
    .action(async (source: string, target: string | undefined, o: CommonOptions) => {
      verbose = Boolean(o.verbose);
      const config = loadConfig(o.config, process.cwd());
      const outputs = parseOutputs(o.format ?? ["beads"], o.output, ALIGN_FORMATS);
      const formatsReady = prepareFormats(outputs.map((x) => x.format));
      formatsReady.catch(() => undefined); // awaited before writing; a bad input may end the run first
      guardOutputs(outputs.map((x) => x.path), [source, target, config?.file]);
      const pairs = await readInputPairs(source, target, inputOptions(o, config), (line) => process.stderr.write(`tandem: ${line}\n`));
      guardOutputs(outputs.map((x) => x.path), pairs.flatMap((p) => p.files));
      const res = resources(o);
      const results = pairs.map((docs) => {
        const aligned = (docs.aligned ? alignGiven : alignDocuments)(docs.source, docs.target, res, { presplit: Boolean(o.presplit) });
        const result = {
          source: docs.source,
          target: docs.target,
          sourceSentences: aligned.source,
          targetSentences: aligned.target,
          beads: aligned.beads,
          findings: [],
          summary: summarize(aligned.source, aligned.target, aligned.beads, []),
        };
        return result;
      });
      const formats = pairs.length > 1 ? (await import("./sections.js")).sectionFormats(ALIGN_FORMATS, results, pairs.map((p) => p.files)) : ALIGN_FORMATS;
      await formatsReady;
      writeOutputs(outputs, formats, results[0]!, (toFile) => ({ ...formatOptions(o, toFile), cwd: process.cwd() }));
    });

  program
    .command("segment")
    .description("print the sentences of FILE, one a line, with their line and column (for checking segmentation)")
    .argument("<file>", "a document")
    .option("--lang <lang>", "zh or en (detected when omitted; not for TSV, TMX or XLIFF, whose sides say theirs)")
    .addOption(new Option("--encoding <encoding>", "input encoding (detected when omitted)").choices(ENCODINGS))
    .option("--input-format <format>", "auto, text, bilingual, markdown, tsv, tmx or xliff (detected from the extension and content when omitted)")
    .option("--verbose", "print stack traces for errors")
    .addHelpText("after", `
A bilingual file, or a TSV, TMX or XLIFF file, prints both of its sides, the source first, each split in
its own language; Markdown markup and XML tags are not shown.

Examples:
  $ tandem segment fixtures/seed.txt
  $ tandem segment project.xlf`)
    .action(async (file: string, o: { lang?: string; encoding?: Encoding; inputFormat?: string; verbose?: boolean }) => {
      verbose = Boolean(o.verbose);
      const docs = await readSegmentDocuments(file, { ...optional("lang", o.lang), ...optional("encoding", o.encoding), ...optional("inputFormat", o.inputFormat) });
      const { shownText } = await import("../report/display.js");
      const lines: string[] = [];
      for (const doc of docs) {
        // Markup input (XML, Markdown): the text as a person reads it, tags dropped and entities decoded.
        for (const s of segment(doc, "source")) lines.push(`${s.startPos.line}:${s.startPos.column}\t${doc.view !== undefined ? shownText(doc, s.start, s.end) : s.text}`);
      }
      process.stdout.write(lines.join("\n") + "\n");
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT_OK;
      return EXIT_USAGE;
    }
    if (e instanceof TandemError) {
      process.stderr.write(`tandem: ${e.message}\n`);
      if (verbose && e.stack) process.stderr.write(e.stack + "\n");
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`tandem: internal error: ${err.message ?? String(e)}${verbose ? "" : " (--verbose for details)"}\n`);
    if (verbose && err.stack) process.stderr.write(err.stack + "\n");
    return EXIT_USAGE;
  }
}

/** Command line over config file: --from/--to fall back to the config's. */
function withConfig<T extends CommonOptions>(o: T, config: TandemConfig | undefined): T {
  return { ...o, ...optional("from", o.from ?? config?.from), ...optional("to", o.to ?? config?.to) };
}

/** `{ key: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** What the readers need: languages, encodings ("gbk" or "gbk,utf-8"), --input-format, --presplit. */
function inputOptions(o: CommonOptions, config: Parameters<typeof withConfig>[1]): InputOptions {
  return { ...options(withConfig(o, config)), ...optional("inputFormat", o.inputFormat), presplit: Boolean(o.presplit) };
}

function options(o: CommonOptions): { from?: string; to?: string; encoding?: Encoding } {
  return { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.encoding ? { encoding: o.encoding } : {}) };
}
