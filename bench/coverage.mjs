#!/usr/bin/env node
// Checkpoint-2 scale: a 100,000-row power list matched against a 1,000-item catalog must take
// about as long as reading the list, because matching goes through an index (exact hash map,
// then an inverted index of character bigrams), never through every pair. This bench writes
// both workbooks, times reading the list and matching it, and prints the ratio, in one run.
//   npm run build && node bench/coverage.mjs            (add --json for a machine-readable line)
// Every list name is distinct, so the per-name cache of the rule never helps: the worst case.
// The workbooks are written with a minimal SpreadsheetML writer (fflate), never with the
// reader under test; they are bench input, not fixtures, so LibreOffice is not needed.
import { zipSync, strToU8 } from 'fflate';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const OBJECTS = ['户口', '居民身份证', '居住证', '出生登记', '死亡注销', '户口迁移', '投靠落户', '人才落户', '户籍证明', '户口簿', '临时身份证', '集体户口', '流动人口', '暂住登记', '姓名变更', '民族成分', '出生日期', '户籍信息', '户口恢复', '户口注销', '分户', '立户', '入户', '迁出', '迁入', '寄住', '退伍军人', '刑满释放人员', '大中专学生', '港澳台居民', '华侨回国', '外国人入籍', '收养子女', '非婚生子女', '新生儿', '服兵役', '出国定居', '身份证挂失', '异地办证', '户籍档案'];
const ACTIONS = ['登记', '审批', '核发', '变更', '注销', '备案', '确认', '补领', '换领', '更正', '办理', '查询', '审核', '恢复', '迁移', '证明', '申报', '撤销', '核准', '受理'];
const QUALIFIERS = ['市外', '市内', '首次', '跨省', '省内', '农村', '城镇', '主城区', '远郊', '特殊', '紧急', '集中', '上门', '网上', '窗口', '批量', '补办', '延期', '临时', '长期', '本地', '外地', '个人', '家庭', '单位', '学校', '部队', '社区', '村居', '街道', '乡镇', '园区', '新区', '开发区', '老年人', '未成年人', '残疾人', '军人', '华侨', '留学人员', '人才', '引进', '随迁', '夫妻', '父母', '子女', '配偶', '监护', '收养', '继承', '离婚', '结婚', '死亡', '失踪', '宣告', '判决', '裁定', '公证', '认证', '核查'];
const CONTENT = ['办理条件', '所需材料', '办理流程', '办理时限', '收费标准', '咨询电话', '办公地址', '办理结果', '政策依据', '申请表格', '常见问题', '监督电话'];

function letters(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet xlsx as Excel lays it out: shared strings, one <row> per row. */
function writeXlsx(path, rows) {
  const strings = new Map();
  const sheetRows = rows.map((row, r) => {
    const cells = row.map((text, c) => {
      if (text === '') return '';
      let idx = strings.get(text);
      if (idx === undefined) strings.set(text, (idx = strings.size));
      return `<c r="${letters(c)}${r + 1}" t="s"><v>${idx}</v></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
  };
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

/** Row i of the list: a distinct name; one row in ten is exercised at city level only. */
function listRow(i) {
  const q = QUALIFIERS[i % QUALIFIERS.length];
  const o = OBJECTS[Math.floor(i / QUALIFIERS.length) % OBJECTS.length];
  const a = ACTIONS[Math.floor(i / (QUALIFIERS.length * OBJECTS.length)) % ACTIONS.length];
  const round = Math.floor(i / (QUALIFIERS.length * OBJECTS.length * ACTIONS.length));
  const name = `${q}${o}${a}${round ? `（${round + 1}）` : ''}`;
  return [String(i + 1), i % 3 === 0 ? '行政确认' : '行政许可', name, '《中华人民共和国户口登记条例》', '重庆市公安局渝北区分局', i % 10 === 9 ? '市级' : '区县级、乡镇级', '户籍管理'];
}

function catalogRow(i) {
  const o = OBJECTS[i % OBJECTS.length];
  const a = ACTIONS[Math.floor(i / OBJECTS.length) % ACTIONS.length];
  const q = QUALIFIERS[(i * 7) % QUALIFIERS.length];
  const content = Array.from({ length: 5 }, (_, k) => CONTENT[(i + k * 5) % CONTENT.length]).join('、');
  return [String(i + 1), o, `${q}${o}${a}`, content, '《中华人民共和国户口登记条例》', '信息形成或者变更之日起20个工作日内', '区公安分局', '政府网站、政务服务中心', '全社会', '主动', '区级、镇街级'];
}

export async function runCoverageBench({ rows = 100_000, items = 1_000, keep = false } = {}) {
  if (!existsSync(join(DIST, 'src/coverage/list-coverage.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const { readWorkbook } = await import(join(DIST, 'src/read/index.js'));
  const { loadCatalog } = await import(join(DIST, 'src/model/index.js'));
  const { readList } = await import(join(DIST, 'src/coverage/list.js'));
  const { listCoverage } = await import(join(DIST, 'src/coverage/list-coverage.js'));

  const dir = mkdtempSync(join(tmpdir(), 'coverage-bench-'));
  try {
    const listPath = join(dir, `权责清单-${rows}.xlsx`);
    const catalogPath = join(dir, `户籍管理目录-${items}.xlsx`);
    writeXlsx(listPath, [['重庆市渝北区行政权力和责任事项清单'], ['序号', '权力类型', '事项名称', '设定依据', '实施主体', '行使层级', '所属领域'], ...Array.from({ length: rows }, (_, i) => listRow(i))]);
    writeXlsx(catalogPath, [['渝北区户籍管理领域基层政务公开标准目录'], ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'], ...Array.from({ length: items }, (_, i) => catalogRow(i))]);
    const table = loadCatalog(catalogPath).sheets[0].tables[0];

    // Reading the list: the xlsx into rows, the rows into list items attached to domains.
    // CPU time of this process is what is compared: wall time swings with the machine's load.
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const read = readList(readWorkbook(listPath), { file: listPath });
    const byDomain = new Map();
    for (const row of read.rows) if (row.domain) (byDomain.get(row.domain) ?? byDomain.set(row.domain, []).get(row.domain)).push(row);
    const t1 = performance.now();
    const c1 = process.cpuUsage();

    // Matching: index the catalog, then every district-level row of the domain against it.
    const list = { kind: 'power', files: [listPath], rows: read.rows, byDomain };
    const c2 = process.cpuUsage();
    const t2 = performance.now();
    const result = listCoverage(table, list, { similarity: 0.6, contentSimilarity: 0.8, typeCovers: true });
    const t3 = performance.now();
    const c3 = process.cpuUsage();
    const cpu = (a, b) => (b.user + b.system - a.user - a.system) / 1000;

    return {
      rows: read.rows.length,
      items: table.items.length,
      listBytes: statSync(listPath).size,
      checked: result.checked,
      uncovered: result.uncovered.length,
      readMs: Math.round(cpu(c0, c1)),
      matchMs: Math.round(cpu(c2, c3)),
      ratio: Number((cpu(c2, c3) / cpu(c0, c1)).toFixed(3)),
      wall: { readMs: Math.round(t1 - t0), matchMs: Math.round(t3 - t2) },
    };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const r = await runCoverageBench();
    if (process.argv.includes('--json')) console.log(JSON.stringify({ bench: 'coverage', ...r }));
    else {
      const n = (x) => x.toLocaleString('en-US');
      console.log(`coverage: ${n(r.rows)}-row power list × ${n(r.items)}-item catalog`);
      console.log(`  read the list   ${String(r.readMs).padStart(6)} ms CPU (${r.wall.readMs} ms wall)   ${(r.listBytes / 1e6).toFixed(1)} MB xlsx → ${n(r.rows)} rows`);
      console.log(`  match           ${String(r.matchMs).padStart(6)} ms CPU (${r.wall.matchMs} ms wall)   ${n(r.checked)} district/township rows checked, ${n(r.uncovered)} uncovered`);
      console.log(`  match / read    ${r.ratio.toFixed(2)}`);
    }
  } catch (err) {
    console.error(`bench/coverage.mjs: ${err.message}`);
    process.exit(2);
  }
}
