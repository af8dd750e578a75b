#!/usr/bin/env node
// `npm run bench`: generates the corpora (bench/corpus.mjs), checks that catalog-check reads
// every merge and Chinese character of them right, then times whole processes — the floor
// (bench/floor.mjs), catalog-check end to end, exceljs readFile — interleaved run by run so
// that all three meet the same machine load, and prints medians and ratios to the floor.
//   node bench/run.mjs [--runs N] [--exceljs-100k] [--no-exceljs] [--only 100,10k,100k,many]
// Wall time is what a user waits for; CPU time (user+sys) is printed too, because on a shared
// machine wall time carries other people's load. Peak RSS comes from /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CORPORA, CORPUS_DIR, generateCorpora, expectedItem, GROUP } from './corpus.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '5'));
const ONLY = option('--only', '100,10k,100k,many').split(',');
const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/catalog-check.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

generateCorpora((m) => process.stderr.write(`bench: ${m}\n`));
const file = (spec) => join(CORPUS_DIR, spec.file);
const manyDir = join(CORPUS_DIR, CORPORA.many.dir);

/** One whole process: wall ms, CPU ms, peak RSS MB (null without /usr/bin/time). */
function measure(cmd) {
  const argv = TIME ? [TIME, '-f', '@@%U %S %M', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const stats = /@@([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return { wall, cpu: stats ? (Number(stats[1]) + Number(stats[2])) * 1000 : null, rss: stats ? Number(stats[3]) / 1024 : null, stdout: r.stdout };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Runs every command of a row once per round, interleaved, and keeps the medians. */
function row(name, commands, runs = RUNS) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [k, cmd] of Object.entries(commands)) {
      if (cmd.runs !== undefined && i >= cmd.runs) continue;
      samples[k].push(measure(cmd.argv));
    }
  }
  const out = { name };
  for (const [k, list] of Object.entries(samples)) {
    out[k] = { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rss: median(list.map((s) => s.rss)), runs: list.length };
  }
  process.stderr.write(`bench: ${name} done\n`);
  return out;
}

const floorCmd = (target) => ({ argv: ['node', 'bench/floor.mjs', target] });
const oursCmd = (target, extra = []) => ({ argv: ['node', BIN, target, ...extra] });
const exceljsCmd = (target, runs) => ({ argv: ['node', 'bench/exceljs-read.mjs', target], runs });

// Correctness first, untimed: every item's 一级事项 (from its merge), 二级事项 and 公开内容.
async function verify(spec) {
  const { loadCatalog } = await import(join(ROOT, 'dist/src/model/index.js'));
  const { readWorkbook } = await import(join(ROOT, 'dist/src/read/index.js'));
  const raw = readWorkbook(file(spec));
  const merges = raw.sheets[0].merges.length;
  let expectedMerges = 12; // the title and the two-row header
  for (let i = 0; i < spec.rows; i += GROUP) if (i + 1 < spec.rows) expectedMerges++;
  const items = loadCatalog(file(spec)).sheets[0].tables[0].items;
  let wrong = 0;
  let chars = 0;
  for (let i = 0; i < spec.rows; i++) {
    const want = expectedItem(spec.seed, i);
    const it = items[i];
    const got = it && { row: it.row, name1: it.name.levels[0]?.text, name2: it.name.levels[1]?.text, content: it.content?.text };
    if (!got || got.row !== want.row || got.name1 !== want.name1 || got.name2 !== want.name2 || got.content !== want.content) {
      if (wrong++ < 3) process.stderr.write(`bench: row ${want.row} read wrong: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}\n`);
    }
    chars += want.name1.length + want.name2.length + want.content.length;
  }
  return { items: items.length, wrong, merges, expectedMerges, chars };
}

const results = [];
const checks = {};
const baseline = row('node -e 0', { node: { argv: ['node', '-e', '0'] } });
const singles = [['100', CORPORA.rows100], ['10k', CORPORA.rows10k], ['100k', CORPORA.rows100k]];
for (const [key, spec] of singles) {
  if (!ONLY.includes(key)) continue;
  checks[key] = await verify(spec);
  const withExceljs = !flag('--no-exceljs') && (key !== '100k' || flag('--exceljs-100k'));
  const runs = key === '100k' ? Math.min(RUNS, 3) : RUNS;
  results.push(row(`${spec.rows.toLocaleString('en')} rows`, {
    floor: floorCmd(file(spec)),
    ours: oursCmd(file(spec)),
    ...(withExceljs ? { exceljs: exceljsCmd(file(spec), key === '100k' ? 1 : runs) } : {}),
  }, runs));
}
if (ONLY.includes('many')) {
  const count = readdirSync(manyDir).length;
  results.push(row(`${count.toLocaleString('en')} files × ${CORPORA.many.rows} rows`, {
    floor: floorCmd(manyDir),
    ours: oursCmd(manyDir),
    oursJobs1: oursCmd(manyDir, ['--jobs', '1']),
    ...(!flag('--no-exceljs') ? { exceljs: exceljsCmd(manyDir, 1) } : {}),
  }, Math.min(RUNS, 3)));
}

// Where the time of one large file goes (CPU ms in one process), for the analysis under the table.
const phases = [];
for (const [key, spec] of singles) {
  if (!ONLY.includes(key) || key === '100') continue;
  const r = spawnSync('node', ['bench/phases.mjs', file(spec), '--json'], { cwd: ROOT, encoding: 'utf8' });
  try {
    phases.push({ name: `${spec.rows.toLocaleString('en')} rows`, ...JSON.parse(r.stdout.trim()) });
  } catch {
    phases.push({ name: `${spec.rows.toLocaleString('en')} rows`, error: r.stderr.trim().split('\n').pop() });
  }
}

// The coverage and diff engineers' benches, when present: they time themselves in-process.
const extra = [];
for (const [name, script, extraArgs] of [['coverage', 'bench/coverage.mjs', []], ['diff', 'bench/diff.mjs', []]]) {
  if (!existsSync(join(ROOT, script)) || !ONLY.includes(name === 'coverage' ? '100k' : '10k')) continue;
  const r = spawnSync('node', [script, '--json', ...extraArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = (r.stdout ?? '').trim().split('\n').pop();
  try {
    extra.push({ name, ...JSON.parse(line) });
  } catch {
    extra.push({ name, error: (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ') });
  }
}

// The table.
const f1 = (x) => (x === null || x === undefined ? '—' : (x / 1000).toFixed(2));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
const mb = (x) => (x === null || x === undefined ? '—' : `${Math.round(x)} MB`);
const TARGETS = { '100 rows': '≤ 2×', '10,000 rows': '≤ 1.5×', '100,000 rows': '≤ 1.5×, ≤ 400 MB' };
const lines = [];
lines.push(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ${RUNS} runs (median), ${new Date().toISOString().slice(0, 16)}Z`);
lines.push(`node -e 0: ${f1(baseline.node.wall)} s wall`);
lines.push('');
lines.push('| corpus | floor s (cpu) | catalog-check s (cpu) | ratio wall (cpu) | target | peak RSS floor / ours | exceljs s | exceljs ratio |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const target = TARGETS[r.name] ?? '≤ 1× (wall)';
  lines.push(`| ${r.name} | ${f1(r.floor.wall)} (${f1(r.floor.cpu)}) | ${f1(r.ours.wall)} (${f1(r.ours.cpu)}) | ${ratio(r.ours.wall, r.floor.wall)} (${ratio(r.ours.cpu, r.floor.cpu)}) | ${target} | ${mb(r.floor.rss)} / ${mb(r.ours.rss)} | ${r.exceljs ? f1(r.exceljs.wall) : 'skipped'} | ${r.exceljs ? ratio(r.exceljs.wall, r.floor.wall) : '—'} |`);
  if (r.oursJobs1) lines.push(`| ${r.name}, --jobs 1 | | ${f1(r.oursJobs1.wall)} (${f1(r.oursJobs1.cpu)}) | ${ratio(r.oursJobs1.wall, r.floor.wall)} (${ratio(r.oursJobs1.cpu, r.floor.cpu)}) | | — / ${mb(r.oursJobs1.rss)} | | |`);
}
lines.push('');
for (const [key, c] of Object.entries(checks)) {
  lines.push(`Read check ${key}: ${c.items} items, ${c.wrong === 0 ? 'every' : `${c.wrong} WRONG of`} 一级/二级/内容 right (${c.chars.toLocaleString('en')} characters), ${c.merges} merges (expected ${c.expectedMerges})${c.merges === c.expectedMerges ? '' : ' MISMATCH'}`);
}
for (const p of phases) {
  lines.push(p.error ? `phases ${p.name}: failed: ${p.error}` : `phases ${p.name} (CPU ms, one process): import ${p.import}, read ${p.read}, build model ${p.build}, rules ${p.lint}, JSON report ${p.report}; ${p.findings} findings, peak RSS ${p.rssMB} MB`);
}
for (const e of extra) {
  if (e.error) lines.push(`${e.name}: failed: ${e.error}`);
  else if (e.name === 'coverage') lines.push(`coverage (bench/coverage.mjs): ${e.rows?.toLocaleString('en')}-row list × ${e.items?.toLocaleString('en')} items: read ${e.readMs} ms, match ${e.matchMs} ms CPU, match/read ${Number(e.ratio).toFixed(2)}`);
  else lines.push(`diff (bench/diff.mjs): ${e.items?.old} → ${e.items?.new} items: read both ${e.readMs} ms, diff ${e.diffMs} ms wall, diff/read ${e.ratio} (cpu ${e.cpuRatio})`);
}
const text = lines.join('\n') + '\n';
process.stdout.write('\n' + text);
writeFileSync(join(CORPUS_DIR, 'last-run.md'), text);
