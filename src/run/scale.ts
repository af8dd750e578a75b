// The lint command's CI-at-scale options in one place: --jobs, --shard, --cache and
// --cache-location, inputs from folders, globs and stdin, and the run over many files.
// lint-command.ts calls three functions from here and stays about the lint flow.
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/load.js';
import type { Finding, FileResult, SeveritySetting } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import { RULES } from '../../rules/index.js';
import { TOOL_VERSION } from '../version.js';
import { isSameFile } from '../annotate/paths.js';
import { cacheKey, hashFiles, LintCache, resolveCacheLocation } from './cache.js';
import { collectInputs, comparePaths, parseShard, readStdinText, shardFiles } from './inputs.js';
import { lintMany, type LintManyStats } from './lint-many.js';
import type { LintFileOptions } from './lint.js';
import type { ThreadResult } from './pool.js';
import { countBySeverity, type SeverityCounts } from '../report/types.js';
import { printable } from '../util/printable.js';
import type { JsonBlockStyle } from '../report/json.js';
import { Progress } from './progress.js';

export interface ScaleCliOptions {
  jobs?: string | number;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
  city?: string[];
  powerList?: string[];
  serviceList?: string[];
  subjects?: string;
  baseline?: string;
}

export interface ScaleSettings {
  jobs: number;
  jobsExplicit: boolean;
  shard?: { index: number; count: number };
  cacheLocation?: string;
}

const WORDS = {
  zh: {
    jobs: '--jobs 需要一个正整数，例如 --jobs 2',
    shard: (s: string) => `--shard ${s}：应写成“第几份/共几份”，例如 --shard 1/3`,
    unmatched: (p: string) => `没有与“${p}”匹配的目录文件，请检查通配符`,
    stats: (files: number, hits: number, linted: number, mode: string) => `${files} 个文件：${hits} 个来自缓存，${linted} 个已检查（${mode}）`,
    cacheIsInput: (cache: string, input: string) => `缓存文件 ${cache} 是输入文件 ${input}，不能覆盖输入；请用 --cache-location 指定别的位置`,
  },
  en: {
    jobs: '--jobs needs a positive integer, e.g. --jobs 2',
    shard: (s: string) => `--shard ${s}: write it as index/count, e.g. --shard 1/3`,
    unmatched: (p: string) => `no catalog files match "${p}"; check the pattern`,
    stats: (files: number, hits: number, linted: number, mode: string) => `${files} file(s): ${hits} from the cache, ${linted} linted (${mode})`,
    cacheIsInput: (cache: string, input: string) => `the cache file ${cache} is the input ${input}; inputs are never overwritten (give --cache-location another place)`,
  },
};

export function defaultJobs(): number {
  return availableParallelism();
}

/** Validates the options; a string is the message for a failed run (exit 2). */
export function scaleSettings(opts: ScaleCliOptions, config: Config, configPath: string | null, lang: Lang): ScaleSettings | string {
  const w = WORDS[lang];
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return w.jobs;
  const settings: ScaleSettings = { jobs, jobsExplicit: opts.jobs !== undefined };
  if (opts.shard !== undefined) {
    const shard = parseShard(opts.shard);
    if (!shard) return w.shard(opts.shard);
    settings.shard = shard;
  }
  if (opts.cache || opts.cacheLocation) {
    const fromConfig = config.cacheLocation && configPath ? resolve(dirname(configPath), config.cacheLocation) + (/[\\/]$/.test(config.cacheLocation) ? '/' : '') : undefined;
    settings.cacheLocation = resolveCacheLocation(opts.cacheLocation ?? fromConfig);
  }
  return settings;
}

/**
 * The cache file is written at the end of the run: it must not be a catalog, a reference file
 * or the config (by path, symlink or hard link). A message for a failed run (exit 2), or null.
 */
export function cacheLocationProblem(settings: ScaleSettings, files: string[], opts: ScaleCliOptions, config: Config, configPath: string | null, lang: Lang): string | null {
  if (!settings.cacheLocation) return null;
  const inputs = [...files, ...referencePaths(opts, config, configPath), ...(configPath ? [configPath] : [])];
  const input = inputs.find((f) => isSameFile(settings.cacheLocation!, f));
  return input ? WORDS[lang].cacheIsInput(settings.cacheLocation, input) : null;
}

export interface RunInputs {
  files: string[];
  /** Globs that matched nothing: reported as unreadable inputs, in this shard's share. */
  unmatched: string[];
}

/** Folders, globs and `-` expanded, `ignore` applied, then this shard's share taken. */
export async function gatherInputs(paths: string[], settings: ScaleSettings, config: Config, configPath: string | null): Promise<RunInputs> {
  const all = await collectInputs(paths, { readStdin: readStdinText, ignore: config.ignore, ignoreBase: configPath ? dirname(configPath) : undefined });
  if (!settings.shard) return all;
  const { index, count } = settings.shard;
  return { files: shardFiles(all.files, index, count), unmatched: shardFiles(all.unmatched, index, count) };
}

export interface LintAllContext {
  settings: ScaleSettings;
  config: Config;
  configPath: string | null;
  overrides: Record<string, SeveritySetting>;
  /** The reference options as given on the command line, for the cache key. */
  referenceOptions: ScaleCliOptions;
  keepModel?: boolean;
  debug?: boolean;
  /** Only the text report is written and nothing else needs the findings: see leaveFindings. */
  countsOnly?: boolean;
  /** Only the JSON report is written and nothing else needs the findings: see leaveFindings. */
  jsonBlock?: JsonBlockStyle;
}

/** Lints the targets; returns files and findings in report order (comparePaths by file). */
export async function lintAll(targets: string[], unmatched: string[], options: LintFileOptions, ctx: LintAllContext): Promise<{ files: FileResult[]; findings: Finding[]; outcomes: ThreadResult[]; counts: SeverityCounts }> {
  const w = WORDS[options.lang];
  const cache = ctx.settings.cacheLocation ? new LintCache(ctx.settings.cacheLocation, runKey(options, ctx)) : undefined;
  const progress = new Progress(process.stderr, targets.length, options.lang);
  const stats: LintManyStats = { mode: 'in-process', threads: 1 };
  let outcomes: ThreadResult[];
  try {
    outcomes = await lintMany(targets, options, { jobs: ctx.settings.jobs, jobsExplicit: ctx.settings.jobsExplicit, setup: { config: ctx.config, overrides: ctx.overrides }, cache, progress, keepModel: ctx.keepModel, countsOnly: ctx.jsonBlock !== undefined || (ctx.countsOnly && printsApart([...targets, ...unmatched])), jsonBlock: ctx.jsonBlock }, stats);
  } finally {
    progress.end();
  }
  cache?.save();
  if (ctx.debug || process.env.CATALOG_CHECK_DEBUG) {
    const mode = stats.mode === 'threads' ? `threads: ${stats.threads}` : 'in-process';
    process.stderr.write(`catalog-check: ${w.stats(targets.length, cache?.hits.length ?? 0, targets.length - (cache?.hits.length ?? 0), mode)}\n`);
  }
  const unreadable: ThreadResult[] = unmatched.map((p) => ({ file: { path: p, sheets: [], error: w.unmatched(p), notes: [] }, findings: [] }));
  const ordered = [...outcomes, ...unreadable].map((o, i) => ({ o, i })).sort((a, b) => comparePaths(a.o.file.path, b.o.file.path) || a.i - b.i).map(({ o }) => o);
  const findings = ordered.flatMap((o) => o.findings);
  const counts = countBySeverity(findings);
  for (const o of ordered) {
    if (!o.counts) continue;
    counts.errors += o.counts.errors;
    counts.warnings += o.counts.warnings;
    counts.infos += o.counts.infos;
  }
  return { files: ordered.map((o) => o.file), findings, outcomes: ordered, counts };
}

/** The text reporter uses the threads' blocks only when no two files print the same path (see blocksReady). */
function printsApart(paths: string[]): boolean {
  return new Set(paths.map(printable)).size === paths.length;
}

/** Everything besides a file's bytes that shapes its findings (see cache.ts). */
function runKey(options: LintFileOptions, ctx: LintAllContext): string {
  const { ignore: _ignore, cacheLocation: _cacheLocation, ...config } = ctx.config;
  return cacheKey({
    tool: TOOL_VERSION,
    rules: RULES.map((r) => r.meta),
    config,
    overrides: ctx.overrides,
    lang: options.lang,
    limits: options.limits,
    references: hashFiles(referencePaths(ctx.referenceOptions, ctx.config, ctx.configPath)),
  });
}

/** Every reference file named on the command line or in the config. */
export function referencePaths(opts: ScaleCliOptions, config: Config, configPath: string | null): string[] {
  const fromConfig = (p: string) => (configPath ? resolve(dirname(configPath), p) : resolve(p));
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const refs = config.references ?? {};
  const domains = Object.values(config.listDomains ?? {}).flatMap(list);
  return [
    ...[opts.city, opts.powerList, opts.serviceList, opts.subjects, opts.baseline].flatMap(list).map((p) => resolve(p)),
    ...[refs.city, refs.powerList, refs.serviceList, refs.subjects, refs.baseline].flatMap(list).map(fromConfig),
    ...domains.map(fromConfig),
  ];
}
