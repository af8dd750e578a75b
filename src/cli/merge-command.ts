// `catalog-check merge <reports...>`: one report from the JSON or SARIF reports of --shard runs,
// equal to the report of a single run over all the inputs. Exit 0 when merged, 2 when not; the
// shard jobs themselves carry the 0/1 verdict on the catalogs (docs/ci.md).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Lang } from '../i18n/index.js';
import { isSameFile } from '../annotate/paths.js';
import { mergeJsonReports, mergeSarifReports, MergeError, reportKind, type MergeWords, type ReportKind } from '../run/merge.js';

export interface MergeCliOptions {
  format?: ReportKind;
  output?: string;
  lang?: Lang;
}

const WORDS = {
  zh: {
    unreadable: (p: string, e: string) => `无法读取报告 ${p}：${e}`,
    unknown: (p: string) => `${p} 不是 catalog-check 的 JSON 或 SARIF 报告`,
    mixed: (want: string, p: string, got: string) => `报告格式不一致：要合并 ${want}，但 ${p} 是 ${got}（合并同一种格式的分片报告）`,
    version: (a: string, b: string) => `分片报告来自不同版本的 catalog-check（${a} 与 ${b}），请用同一版本重新生成`,
    duplicate: (p: string) => `文件 ${p} 出现在两份报告中：分片有重叠，或同一份报告给了两次`,
    runs: 'SARIF 报告应只含一个 run',
    none: '请给出要合并的报告文件，例如：catalog-check merge shard-*.json -o report.json',
    isInput: (out: string, input: string) => `输出文件 ${out} 是输入的报告 ${input}，不能覆盖输入`,
  },
  en: {
    unreadable: (p: string, e: string) => `cannot read report ${p}: ${e}`,
    unknown: (p: string) => `${p} is not a catalog-check JSON or SARIF report`,
    mixed: (want: string, p: string, got: string) => `reports differ in format: merging ${want}, but ${p} is ${got} (merge shard reports of one format)`,
    version: (a: string, b: string) => `the shard reports come from different catalog-check versions (${a} and ${b}); rerun them with one version`,
    duplicate: (p: string) => `file ${p} is in two reports: the shards overlap, or a report was given twice`,
    runs: 'a SARIF report should hold exactly one run',
    none: 'give the reports to merge, e.g. catalog-check merge shard-*.json -o report.json',
    isInput: (out: string, input: string) => `output ${out} is the input report ${input}; inputs are never overwritten`,
  },
};

export function runMergeCommand(reports: string[], opts: MergeCliOptions): number {
  const w = WORDS[opts.lang ?? 'zh'];
  const fail = (message: string) => {
    process.stderr.write(`catalog-check: ${message}\n`);
    return 2;
  };
  if (reports.length === 0) return fail(w.none);
  const input = opts.output ? reports.find((r) => isSameFile(opts.output!, r)) : undefined;
  if (input) return fail(w.isInput(opts.output!, input));
  const docs: Record<string, unknown>[] = [];
  let kind: ReportKind | undefined = opts.format;
  for (const path of reports) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      return fail(w.unreadable(path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? (opts.lang === 'en' ? 'file not found' : '文件不存在') : (err as Error).message));
    }
    const found = reportKind(doc);
    if (!found) return fail(w.unknown(path));
    kind ??= found;
    if (found !== kind) return fail(w.mixed(kind, path, found));
    docs.push(doc as Record<string, unknown>);
  }
  let text: string;
  try {
    const words: MergeWords = { version: w.version, duplicate: w.duplicate, runs: w.runs };
    text = kind === 'sarif' ? mergeSarifReports(docs, words) : mergeJsonReports(docs, words);
  } catch (err) {
    if (err instanceof MergeError) return fail(err.message);
    throw err;
  }
  if (opts.output) writeFileSync(opts.output, text);
  else process.stdout.write(text);
  return 0;
}
