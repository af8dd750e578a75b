// Merges the reports of `--shard i/n` runs into the report a single run would have written:
// files in comparePaths order, each file's findings as its shard sorted them, counts summed.
// Works on the documents themselves, so a field a reporter adds later is carried through.
import { fileURLToPath } from 'node:url';
import { comparePaths, pathSortKey } from './inputs.js';

export type ReportKind = 'json' | 'sarif';

export class MergeError extends Error {}

type Json = Record<string, unknown>;

export function reportKind(doc: unknown): ReportKind | null {
  const d = doc as Json | null;
  if (d && d.version === '2.1.0' && Array.isArray(d.runs)) return 'sarif';
  if (d && (d.tool as Json | undefined)?.name === 'catalog-check' && Array.isArray(d.files) && Array.isArray(d.findings)) return 'json';
  return null;
}

function sameVersion(versions: unknown[], words: { version: (a: string, b: string) => string }): void {
  const first = String(versions[0]);
  for (const v of versions) if (String(v) !== first) throw new MergeError(words.version(first, String(v)));
}

export interface MergeWords {
  version: (a: string, b: string) => string;
  duplicate: (path: string) => string;
  runs: string;
}

/** JSON reports (CONTRACT.md): files and findings merged in report order, summary summed. */
export function mergeJsonReports(docs: Json[], words: MergeWords): string {
  sameVersion(docs.map((d) => (d.tool as Json).version), words);
  const files = docs.flatMap((d) => d.files as Json[]);
  const seen = new Set<string>();
  for (const f of files) {
    const path = String(f.path);
    if (seen.has(path)) throw new MergeError(words.duplicate(path));
    seen.add(path);
  }
  const order = (path: unknown) => String(path);
  files.sort((a, b) => comparePaths(order(a.path), order(b.path)));
  const rank = new Map(files.map((f, i) => [String(f.path), i]));
  const findings = docs
    .flatMap((d) => d.findings as Json[])
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(String(a.f.file)) ?? -1) - (rank.get(String(b.f.file)) ?? -1) || a.i - b.i)
    .map(({ f }) => f);
  // Summed, not recounted: with --quiet the findings list is shortened but the summary is not.
  const summary: Json = {};
  for (const d of docs) {
    for (const [key, value] of Object.entries((d.summary as Json) ?? {})) {
      summary[key] = typeof value === 'number' ? ((summary[key] as number | undefined) ?? 0) + value : (summary[key] ?? value);
    }
  }
  const merged: Json = {};
  for (const key of Object.keys(docs[0])) {
    merged[key] = key === 'files' ? files : key === 'findings' ? findings : key === 'summary' ? summary : docs[0][key];
  }
  return JSON.stringify(merged, null, 2) + '\n';
}

interface ArtifactLocation { uri: string; uriBaseId?: string; index?: number }

/** The path a SARIF artifact URI stands for, spelled as pathSortKey spells it. */
function uriKey(loc: ArtifactLocation): string {
  if (loc.uri.startsWith('file:')) return pathSortKey(fileURLToPath(loc.uri));
  return loc.uri.split('/').map((s) => decodeURIComponent(s)).join('/');
}

function locationOf(entry: Json): ArtifactLocation | undefined {
  const locations = entry.locations as Json[] | undefined;
  return (locations?.[0]?.physicalLocation as Json | undefined)?.artifactLocation as ArtifactLocation | undefined;
}

/**
 * SARIF logs from src/report/sarif.ts: one run each. Artifacts are merged in report order and
 * re-indexed; results and notifications follow their artifact. Rules, tool and configuration
 * notifications are the same in every shard and are taken from the first.
 */
export function mergeSarifReports(docs: Json[], words: MergeWords): string {
  const runs = docs.map((d) => {
    const r = d.runs as Json[];
    if (r.length !== 1) throw new MergeError(words.runs);
    return r[0];
  });
  sameVersion(runs.map((r) => ((r.tool as Json).driver as Json).version), words);

  // Every artifact, in report order; `remap` turns (shard, old index) into the new index.
  const artifacts = runs.flatMap((run, shard) => ((run.artifacts as Json[] | undefined) ?? []).map((a, index) => ({ a, shard, index, key: uriKey(a.location as ArtifactLocation) })));
  const seen = new Set<string>();
  for (const { key } of artifacts) {
    if (seen.has(key)) throw new MergeError(words.duplicate(key));
    seen.add(key);
  }
  artifacts.sort((x, y) => comparePaths(x.key, y.key));
  const remap = new Map(artifacts.map((x, i) => [`${x.shard}:${x.index}`, i]));
  const rank = (shard: number, entry: Json): number => {
    const loc = locationOf(entry);
    return loc?.index !== undefined ? (remap.get(`${shard}:${loc.index}`) ?? -1) : -1;
  };
  const reindex = (shard: number, entry: Json): Json => {
    const loc = locationOf(entry);
    if (loc?.index === undefined) return entry;
    const copy = structuredClone(entry);
    locationOf(copy)!.index = remap.get(`${shard}:${loc.index}`);
    return copy;
  };
  const inOrder = (pick: (run: Json) => Json[] | undefined, phase: (e: Json, run: Json) => number = () => 0) =>
    runs
      .flatMap((run, shard) => (pick(run) ?? []).map((e, i) => ({ e, shard, i, phase: phase(e, run), rank: rank(shard, e) })))
      .sort((x, y) => x.phase - y.phase || x.rank - y.rank || x.shard - y.shard || x.i - y.i)
      .map(({ e, shard }) => reindex(shard, e));

  const invocations = runs.map((r) => ((r.invocations as Json[] | undefined) ?? [{}])[0]);
  // The reporter lists every file's read errors and notes first, then rules that crashed.
  const notifications = inOrder((run) => ((run.invocations as Json[] | undefined)?.[0]?.toolExecutionNotifications as Json[] | undefined), (e, run) => (isReadNotification(e, run) ? 0 : 1));
  // The reporter's key order: executionSuccessful, execution notifications, then the rest.
  const invocation: Json = { executionSuccessful: invocations.every((i) => i.executionSuccessful !== false) };
  if (notifications.length) invocation.toolExecutionNotifications = notifications;
  for (const [key, value] of Object.entries(invocations[0])) if (!(key in invocation) && key !== 'toolExecutionNotifications') invocation[key] = value;

  const run: Json = {};
  for (const key of Object.keys(runs[0])) {
    if (key === 'artifacts') run.artifacts = artifacts.map((x) => x.a);
    else if (key === 'results') run.results = inOrder((r) => r.results as Json[]);
    else if (key === 'invocations') run.invocations = [invocation];
    else run[key] = runs[0][key];
  }
  return JSON.stringify({ ...docs[0], runs: [run] }, null, 2) + '\n';
}

/** A notification about reading a file (an unreadable input, a note), not a crashed rule. */
function isReadNotification(entry: Json, run: Json): boolean {
  if (entry.level !== 'error') return true;
  const text = String((entry.message as Json | undefined)?.text ?? '');
  // The reporter's wording for an unreadable input (src/report/sarif.ts).
  return run.language === 'en-US' ? text.startsWith('Cannot read ') : text.startsWith('无法读取');
}
