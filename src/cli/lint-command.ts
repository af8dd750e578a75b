// The default command: lint the inputs and write the report.
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { dirname, resolve } from 'node:path';
import { RULES } from '../../rules/index.js';
import { loadConfig } from '../config/load.js';
import { enableRules } from '../run/rules.js';
import { cacheLocationProblem, gatherInputs, lintAll, scaleSettings } from '../run/scale.js';
import { loadReferences, ReferenceError } from '../coverage/load.js';
import { REPORTERS } from '../report/index.js';
import { resultCounts, type LintResult } from '../report/types.js';
import { DEFAULT_LIMITS } from '../read/types.js';
import { TOOL_VERSION } from '../version.js';
import { closest } from '../util/similar.js';
import { finishOffice, prepareOffice, reportSources } from './office-command.js';
import { isSameFile } from '../annotate/paths.js';
import type { Config } from '../config/load.js';
import type { Lang } from '../i18n/index.js';
import type { SeveritySetting } from '../engine/types.js';

export interface LintCliOptions {
  format: string;
  output?: string;
  lang?: Lang;
  color: boolean;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  quiet?: boolean;
  city?: string[];
  powerList?: string[];
  serviceList?: string[];
  subjects?: string;
  baseline?: string;
  debug?: boolean;
  /** Annotated copies: a file for one input, a folder for several (src/annotate). */
  annotate?: string;
  /** Write fixed copies to -o and lint those (src/fix). */
  fix?: boolean;
  /** CI at scale (src/run/scale.ts): worker threads, shard i/n, the lint cache. */
  jobs?: string;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
}

function fail(message: string): number {
  process.stderr.write(`catalog-check: ${message}\n`);
  return 2;
}

export async function runLintCommand(paths: string[], opts: LintCliOptions): Promise<number> {
  if (opts.debug) process.env.CATALOG_CHECK_DEBUG = '1';
  const configResult = loadConfig(RULES, opts.config);
  if (!configResult.ok) {
    return fail(`配置文件有误 / invalid config ${configResult.path}:\n  ${configResult.errors.join('\n  ')}`);
  }
  const { config, path: configPath } = configResult.value;
  const lang: Lang = opts.lang ?? config.lang ?? 'zh';
  const zh = lang === 'zh';

  const reporter = REPORTERS[opts.format];
  if (!reporter) return fail(zh ? `不支持的输出格式“${opts.format}”，可选：${Object.keys(REPORTERS).join('、')}` : `unknown format "${opts.format}"; use one of ${Object.keys(REPORTERS).join(', ')}`);
  if (opts.maxWarnings !== undefined && !(Number.isInteger(opts.maxWarnings) && opts.maxWarnings >= 0)) {
    return fail(zh ? '--max-warnings 需要一个非负整数' : '--max-warnings needs a non-negative integer');
  }

  const overrides: Record<string, SeveritySetting> = {};
  for (const spec of opts.rule) {
    const [id, severity] = spec.split('=');
    if (!RULES.some((r) => r.meta.id === id)) {
      const guess = closest(id ?? '', RULES.map((r) => r.meta.id));
      return fail(zh
        ? `--rule ${spec}：未知规则“${id}”${guess ? `，是不是“${guess}”？` : ''}（用 catalog-check rules 查看全部规则）`
        : `--rule ${spec}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (see catalog-check rules)`);
    }
    if (!['off', 'info', 'warn', 'error'].includes(severity)) return fail(zh ? `--rule ${spec}：级别应为 off、info、warn 或 error` : `--rule ${spec}: severity must be off, info, warn or error`);
    overrides[id] = severity as SeveritySetting;
  }
  if (paths.length === 0) return fail(zh ? '请指定要检查的文件或文件夹，例如：catalog-check 目录.xlsx' : 'give the files or folders to check, e.g. catalog-check catalog.xlsx');

  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const scale = scaleSettings(opts, config, configPath, lang);
  if (typeof scale === 'string') return fail(scale);
  const { files, unmatched } = await gatherInputs(paths, scale, config, configPath);
  const cacheProblem = cacheLocationProblem(scale, files, opts, config, configPath, lang);
  if (cacheProblem) return fail(cacheProblem);
  let references;
  try {
    references = loadReferences(opts, config, configPath, lang, limits);
  } catch (err) {
    if (err instanceof ReferenceError) return fail(err.message);
    throw err;
  }

  // Every file the run reads is an input: the catalogs, the reference data and the config.
  // Compared by real path and by inode, so a symlink or a hard link cannot slip past.
  const inputs = [...files, ...referencePaths(opts, config, configPath), ...(configPath ? [configPath] : [])];
  const clash = (out: string | undefined) => (out ? inputs.find((f) => isSameFile(out, f)) : undefined);
  for (const out of [opts.output, opts.annotate]) {
    const input = clash(out);
    if (input) return fail(zh ? `输出文件 ${out} 是输入文件 ${input}，不能覆盖输入` : `output ${out} is the input ${input}; inputs are never overwritten`);
  }

  const office = await prepareOffice(files, opts, lang, limits);
  if (!office.ok) return fail(office.message);
  for (const out of office.plan.annotate?.values() ?? []) {
    const input = clash(out);
    if (input) return fail(zh ? `批注副本 ${out} 是输入文件 ${input}，不能覆盖输入` : `annotated copy ${out} is the input ${input}; inputs are never overwritten`);
  }

  const rules = enableRules(RULES, config, overrides);
  const result: LintResult = { files: [], findings: [], skippedForReferences: [], toolVersion: TOOL_VERSION };
  for (const { rule } of rules) {
    const missing = (rule.meta.requires ?? []).filter((k) => references[k] === undefined);
    if (missing.length) result.skippedForReferences.push({ ruleId: rule.meta.id, requires: missing });
  }
  const color = opts.color !== false && !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  // The text report's file blocks are rendered by the lint threads as they go (textFileBlock).
  const textBlock = opts.format === 'text' ? { lang, color, quiet: opts.quiet } : undefined;
  const linted = await lintAll(office.plan.targets, unmatched, { rules, references, lang, limits, textBlock }, { settings: scale, config, configPath, overrides, referenceOptions: opts, debug: opts.debug, countsOnly: opts.format === 'text' && !office.plan.annotate,
    jsonBlock: opts.format === 'json' && !office.plan.annotate ? { quiet: opts.quiet } : undefined });
  result.files.push(...linted.files);
  result.findings.push(...linted.findings);
  result.counts = linted.counts;
  // The JSON report's findings, file by file: the lint threads' blocks where they made them.
  const findingPieces = linted.outcomes.some((o) => o.json !== undefined) ? linted.outcomes.map((o) => o.json ?? o.findings) : undefined;
  const textBlocks = new Map(linted.outcomes.flatMap((o) => (o.text !== undefined ? [[o.file, o.text] as const] : [])));

  const report = reporter(result, { lang, color, rules: RULES.map((r) => r.meta), quiet: opts.quiet, sources: reportSources(opts.format, result, limits), textBlocks, findingPieces });
  writeReport(office.plan.reportOutput, report);

  const annotated = await finishOffice(result, office.plan, lang, limits);

  const counts = resultCounts(result);
  if (result.files.some((f) => f.error) || !annotated) return 2;
  if (counts.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && counts.warnings > opts.maxWarnings) return 1;
  return 0;
}

/**
 * To -o, or stdout. Written in pieces of at most 1M characters straight to the file when the
 * output is a file or a device: turning a 40 MB report into one buffer first cost ~0.3 s, most
 * of it faulting in fresh memory. A pipe or a terminal gets process.stdout.write as before.
 */
function writeReport(output: string | undefined, report: string | Uint8Array[]): void {
  if (output) {
    const fd = openSync(output, 'w');
    try {
      writeAll(fd, report);
    } finally {
      closeSync(fd);
    }
  } else if (blockingStdout()) {
    writeAll(1, report);
  } else if (typeof report === 'string') {
    process.stdout.write(report);
  } else {
    for (const part of report) process.stdout.write(part);
  }
}

/** Whether fd 1 is a file or a device other than a terminal: writes to it never return EAGAIN. */
function blockingStdout(): boolean {
  try {
    const st = fstatSync(1);
    return st.isFile() || (st.isCharacterDevice() && !isatty(1));
  } catch {
    return false;
  }
}

const PIECE = 1 << 20;

function writeAll(fd: number, report: string | Uint8Array[]): void {
  const writeBytes = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  };
  if (typeof report !== 'string') return report.forEach(writeBytes);
  for (let at = 0; at < report.length; ) {
    let end = Math.min(report.length, at + PIECE);
    const last = report.charCodeAt(end - 1);
    if (end < report.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair together
    const piece = report.slice(at, end);
    const written = writeSync(fd, piece);
    // A short write (rare for a file): the rest of the piece's bytes.
    if (written < Buffer.byteLength(piece)) writeBytes(Buffer.from(piece).subarray(written));
    at = end;
  }
}

/** Reference files named on the command line or in the config (relative to the config file). */
function referencePaths(opts: LintCliOptions, config: Config, configPath: string | null): string[] {
  const given = [opts.city, opts.powerList, opts.serviceList, opts.subjects, opts.baseline].flat();
  const base = configPath ? dirname(configPath) : process.cwd();
  const configured = [...Object.values(config.references ?? {}), ...Object.values(config.listDomains ?? {})].flat().map((p) => (typeof p === 'string' ? resolve(base, p) : undefined));
  return [...given, ...configured].filter((p): p is string => typeof p === 'string');
}
