#!/usr/bin/env node
// Diff benchmark: two 10,000-item catalogs, the second a revision of the first (rows shuffled
// and renumbered, merges redrawn, half-width punctuation, plus ~1% items added, removed and
// renamed and ~3% elements edited or ticked). Prints the time to read both files and the time
// to diff them, measured in the same run, and their ratio.
//   npm run build && node bench/diff.mjs [--items 10000] [--json] [--keep DIR]
// The workbooks are written with exceljs, for benchmarking only: fixtures that tests read are
// made by LibreOffice (fixtures/tools/make.mjs).
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { randomText, seededRandom } from './random.mjs';

const CHANNELS = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏（电子屏）', '精准推送', '其他'];
const POOL = '社会救助保障最低生活特困人员供养临时医疗教育住房就业养老服务残疾儿童福利慈善募捐登记审批备案许可处罚检查监督管理政策法规文件办事指南申请材料流程条件标准结果公示名单资金发放补贴津贴项目建设规划环境评价信息公开查询投诉举报咨询联系方式地点时间机构名称职责领导分工年度报告计划统计数据';
const POOL_CHARS = [...POOL];

export function makeCatalog(count, seed = 1) {
  const rand = seededRandom(seed);
  const items = [];
  const groups = Math.ceil(count / 20);
  for (let g = 0; g < groups && items.length < count; g++) {
    const group = `${randomText(rand, POOL_CHARS, 3, 6)}（${g + 1}）`;
    for (let k = 0; k < 20 && items.length < count; k++) {
      items.push({
        group,
        name: `${randomText(rand, POOL_CHARS, 4, 10)}${k + 1}`,
        content: `${randomText(rand, POOL_CHARS, 10, 30)}、${randomText(rand, POOL_CHARS, 5, 15)}、联系方式`,
        basis: `●《中华人民共和国政府信息公开条例》\n●《${randomText(rand, POOL_CHARS, 4, 8)}办法》（民发〔2021〕${g % 90}号）`,
        timeLimit: ['信息形成或者变更之日起20个工作日内', '制定或获取信息之日起10个工作日内', '实时'][Math.floor(rand() * 3)],
        subject: rand() < 0.5 ? '区民政局' : '区民政局、各镇人民政府（街道办事处）',
        channel: CHANNELS.filter(() => rand() < 0.3),
        audience: rand() < 0.7 ? ['全社会'] : ['特定群体'],
        mode: rand() < 0.2 ? ['主动', '依申请'] : ['主动'],
        level: rand() < 0.5 ? ['区级', '镇街级'] : ['区级'],
      });
    }
  }
  return items;
}

/** The revision: what a district does in a year, plus the noise a re-save brings. */
export function revise(items, seed = 2) {
  const rand = seededRandom(seed);
  const n = items.length;
  const pct = (p) => Math.max(1, Math.round(n * p));
  const out = items.map((it) => ({ ...it, channel: [...it.channel], mode: [...it.mode] }));
  const expected = { added: pct(0.01), removed: pct(0.01), renamed: pct(0.01), changed: 0 };
  const pick = () => Math.floor(rand() * out.length);
  const touched = new Set();
  const fresh = () => { let i; do i = pick(); while (touched.has(out[i])); touched.add(out[i]); return out[i]; };
  for (let k = 0; k < expected.renamed; k++) { const it = fresh(); it.name = `${it.name.slice(0, 2)}${POOL_CHARS[k % POOL_CHARS.length]}${it.name.slice(2)}`; }
  for (let k = 0; k < pct(0.02); k++) { const it = fresh(); it.timeLimit = `${it.timeLimit}（修订${k}）`; expected.changed++; }
  for (let k = 0; k < pct(0.01); k++) { const it = fresh(); const c = CHANNELS.find((x) => !it.channel.includes(x)); if (c) { it.channel.push(c); expected.changed++; } }
  for (let k = 0; k < expected.removed; k++) { const it = fresh(); out.splice(out.indexOf(it), 1); }
  const extra = makeCatalog(expected.added, seed + 100).map((it, k) => ({ ...it, group: out[k * 7].group }));
  for (const it of extra) out.splice(out.findIndex((x) => x.group === it.group) + 1, 0, it);
  // Noise: groups in another order, half-width brackets, line breaks in the basis turned into spaces.
  const byGroup = new Map();
  for (const it of out) (byGroup.get(it.group) ?? byGroup.set(it.group, []).get(it.group)).push(it);
  const shuffled = [...byGroup.values()].sort(() => rand() - 0.5).flat();
  return { items: shuffled.map((it) => ({ ...it, subject: it.subject.replace('（', '(').replace('）', ')'), basis: it.basis.replace('\n', ' ') })), expected };
}

export async function writeCatalog(path, items) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('社会救助');
  ws.addRow(['重庆市渝北区社会救助领域基层政务公开标准目录']);
  ws.mergeCells(1, 1, 1, 14);
  ws.addRow(['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', '']);
  ws.addRow(['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '区级', '镇街级']);
  for (const [r1, c1, r2, c2] of [[2, 1, 3, 1], [2, 2, 2, 3], [2, 4, 3, 4], [2, 5, 3, 5], [2, 6, 3, 6], [2, 7, 3, 7], [2, 8, 3, 8], [2, 9, 2, 10], [2, 11, 2, 12], [2, 13, 2, 14]]) ws.mergeCells(r1, c1, r2, c2);
  const tick = (list, x) => (list.includes(x) ? '√' : '');
  let start = 4;
  items.forEach((it, i) => {
    const channel = CHANNELS.map((c) => `${it.channel.includes(c) ? '■' : '□'}${c}`).join(' ');
    ws.addRow([i + 1, it.group, it.name, it.content, it.basis, it.timeLimit, it.subject, channel, tick(it.audience, '全社会'), tick(it.audience, '特定群体'), tick(it.mode, '主动'), tick(it.mode, '依申请'), tick(it.level, '区级'), tick(it.level, '镇街级')]);
    const row = 4 + i;
    const last = i === items.length - 1 || items[i + 1].group !== it.group;
    if (last) {
      if (row > start) ws.mergeCells(start, 2, row, 2);
      start = row + 1;
    }
  });
  await wb.xlsx.writeFile(path);
}

export async function runDiffBench({ items = 10_000, keep } = {}) {
  const { loadCatalog } = await import(pathToFileURL(join(import.meta.dirname, '../dist/src/model/index.js')).href);
  const { diffCatalogs } = await import(pathToFileURL(join(import.meta.dirname, '../dist/src/diff/index.js')).href);
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'diff-bench-'));
  mkdirSync(dir, { recursive: true });
  const oldItems = makeCatalog(items);
  const { items: newItems, expected } = revise(oldItems);
  const oldPath = join(dir, `old-${items}.xlsx`);
  const newPath = join(dir, `new-${items}.xlsx`);
  await writeCatalog(oldPath, oldItems);
  await writeCatalog(newPath, newItems);
  try {
    // Wall time is what a user waits; CPU time (user + system of this process) says the same
    // on a busy machine, where other processes take the cores.
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const [t0, c0] = [performance.now(), cpu()];
    const a = loadCatalog(oldPath);
    const b = loadCatalog(newPath);
    const [t1, c1] = [performance.now(), cpu()];
    const diff = diffCatalogs(a, b);
    const [t2, c2] = [performance.now(), cpu()];
    const readMs = t1 - t0;
    const diffMs = t2 - t1;
    return {
      name: 'diff',
      items: { old: oldItems.length, new: newItems.length },
      readMs: Math.round(readMs),
      diffMs: Math.round(diffMs),
      ratio: Math.round((diffMs / readMs) * 100) / 100,
      readCpuMs: Math.round(c1 - c0),
      diffCpuMs: Math.round(c2 - c1),
      cpuRatio: Math.round(((c2 - c1) / (c1 - c0)) * 100) / 100,
      found: diff.summary,
      expected,
    };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const result = await runDiffBench({ items: Number(opt('--items') ?? 10_000), keep: opt('--keep') });
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const f = result.found;
    console.log(`diff of two catalogs (${result.items.old} → ${result.items.new} items)`);
    console.log(`  wall  read both: ${result.readMs} ms   diff: ${result.diffMs} ms   diff/read: ${result.ratio}`);
    console.log(`  cpu   read both: ${result.readCpuMs} ms   diff: ${result.diffCpuMs} ms   diff/read: ${result.cpuRatio}`);
    console.log(`  found    added ${f.added}, removed ${f.removed}, renamed ${f.renamed}, changed ${f.changed}, unchanged ${f.unchanged}`);
    console.log(`  planted  added ${result.expected.added}, removed ${result.expected.removed}, renamed ${result.expected.renamed}, changed ${result.expected.changed}`);
  }
}
