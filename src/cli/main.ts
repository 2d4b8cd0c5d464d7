// argv → exit code. The only module that touches process, the console and the file system for writing.

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { emptyDictionary } from "../align/dictionary.js";
import type { AlignResources } from "../align/index.js";
import { RULES } from "../checks/registry.js";
import { ENCODINGS, type Encoding } from "../io/decode.js";
import { loadDictionary } from "../io/dictionary-file.js";
import { detectLanguage } from "../io/language.js";
import { readTextFile } from "../io/read.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, TandemError, UsageError } from "../model/errors.js";
import type { Document } from "../model/types.js";
import { alignDocuments, check, summarize } from "../pipeline.js";
import { ALIGN_FORMATS, CHECK_FORMATS, type FormatOptions } from "../report/index.js";
import { segment } from "../segment/index.js";
import { wordSegmenter } from "../segment/words.js";
import { parseLang, readDocuments } from "./inputs.js";

interface CommonOptions {
  from?: string;
  to?: string;
  presplit?: boolean;
  format: string;
  output?: string;
  encoding?: Encoding;
  dictionary: boolean;
  wordSegmenter: "jieba" | "segmentit";
  verbose?: boolean;
  all?: boolean;
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
  return { dictionary: o.dictionary ? loadDictionary() : emptyDictionary(), words: wordSegmenter(o.wordSegmenter) };
}

function formatOptions(o: CommonOptions, toFile: boolean): FormatOptions {
  const tty = !toFile && Boolean(process.stdout.isTTY);
  const color = tty && !("NO_COLOR" in process.env && process.env.NO_COLOR !== "") && process.env.FORCE_COLOR !== "0";
  return { color: color || (!toFile && Boolean(process.env.FORCE_COLOR) && process.env.FORCE_COLOR !== "0"), width: process.stdout.columns ?? 120, toolVersion: version(), ...(o.all ? { all: true } : {}) };
}

function write(text: string, output: string | undefined, inputs: string[]): void {
  if (!output || output === "-") {
    process.stdout.write(text);
    return;
  }
  if (inputs.some((p) => resolve(p) === resolve(output))) throw new UsageError(`${output}: refusing to overwrite an input file`);
  try {
    writeFileSync(output, text);
  } catch (e) {
    throw new UsageError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function pick<T>(formats: Record<string, T>, name: string): T {
  const f = formats[name];
  if (!f) throw new UsageError(`--format ${name}: unknown format (use ${Object.keys(formats).join(", ")})`);
  return f;
}

function addCommon(cmd: Command, formats: string[], defaultFormat: string): Command {
  return cmd
    .option("--from <lang>", "source language: zh or en (detected when omitted)")
    .option("--to <lang>", "target language: zh or en (detected when omitted)")
    .option("--presplit", "inputs already hold one sentence a line (blank lines count, so ids equal line numbers)")
    .addOption(new Option("-f, --format <format>", `output format: ${formats.join(", ")}`).default(defaultFormat))
    .option("-o, --output <file>", "write the report to FILE instead of standard output")
    .addOption(new Option("--encoding <encoding>", "input encoding (detected when omitted)").choices(ENCODINGS))
    .option("--no-dictionary", "align by length and anchors only (no CC-CEDICT)")
    .addOption(new Option("--word-segmenter <name>", "Chinese word segmenter").choices(["jieba", "segmentit"]).default("jieba"))
    .option("--verbose", "print stack traces for errors");
}

export async function main(argv: string[]): Promise<number> {
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
    .addHelpText(
      "after",
      `
Examples:
  $ tandem check fixtures/seed.txt                      one bilingual file
  $ tandem check report.zh.txt report.en.txt            a file and its translation
  $ tandem check zh.txt en.txt --format json -o out.json

Rules: ${RULES.map((r) => r.id).join(", ")}
Exit codes: 0 no error-level finding, 1 at least one, 2 usage or input error.`,
    )
    .action((source: string, target: string | undefined, o: CommonOptions) => {
      verbose = Boolean(o.verbose);
      const formatter = pick(CHECK_FORMATS, o.format);
      const docs = readDocuments(source, target, options(o));
      const result = check(docs.source, docs.target, resources(o), { presplit: Boolean(o.presplit) });
      write(formatter(result, formatOptions(o, Boolean(o.output))), o.output, [source, ...(target ? [target] : [])]);
      exitCode = result.summary.findings.error > 0 ? EXIT_FINDINGS : EXIT_OK;
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
    .action((source: string, target: string | undefined, o: CommonOptions) => {
      verbose = Boolean(o.verbose);
      const formatter = pick(ALIGN_FORMATS, o.format);
      const docs = readDocuments(source, target, options(o));
      const aligned = alignDocuments(docs.source, docs.target, resources(o), { presplit: Boolean(o.presplit) });
      const result = {
        source: docs.source,
        target: docs.target,
        sourceSentences: aligned.source,
        targetSentences: aligned.target,
        beads: aligned.beads,
        findings: [],
        summary: summarize(aligned.source, aligned.target, aligned.beads, []),
      };
      write(formatter(result, formatOptions(o, Boolean(o.output))), o.output, [source, ...(target ? [target] : [])]);
    });

  program
    .command("segment")
    .description("print the sentences of FILE, one a line, with their line and column (for checking segmentation)")
    .argument("<file>", "a document")
    .option("--lang <lang>", "zh or en (detected when omitted)")
    .addOption(new Option("--encoding <encoding>", "input encoding (detected when omitted)").choices(ENCODINGS))
    .option("--verbose", "print stack traces for errors")
    .addHelpText("after", `
Example:
  $ tandem segment fixtures/seed.txt`)
    .action((file: string, o: { lang?: string; encoding?: Encoding; verbose?: boolean }) => {
      verbose = Boolean(o.verbose);
      const text = readTextFile(file, o.encoding).text;
      const lang = parseLang(o.lang, "--lang") ?? detectLanguage(text).lang ?? "en";
      const doc: Document = { path: file, lang, text, baseOffset: 0, baseLine: 1 };
      const lines = segment(doc, "source").map((s) => `${s.startPos.line}:${s.startPos.column}\t${s.text}`);
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

function options(o: CommonOptions): { from?: string; to?: string; encoding?: Encoding } {
  return { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.encoding ? { encoding: o.encoding } : {}) };
}
