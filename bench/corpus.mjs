// Generates the bench corpora with a hand-written minimal xlsx writer (fflate zipSync), never
// with the reader under test. Every cell's text is a pure function of (seed, row), so the
// bench can check afterwards that every merge and every Chinese character came back right.
//   node bench/corpus.mjs            writes bench/corpus/ (skips files that already exist)
import { zipSync, strToU8 } from 'fflate';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomText, seededRandom } from './random.mjs';

export const CORPUS_DIR = new URL('./corpus/', import.meta.url).pathname;
/** Rows per 一级事项: its cell is merged down over this many rows. 100,000 rows → 25,000 merges. */
export const GROUP = 4;
const FIRST_DATA_ROW = 4; // row 1 title, rows 2–3 a two-row header

const HEADER_TOP = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''];
const HEADER_LEAF = ['', '', '', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请', '县级', '乡级'];
const WORDS = '户籍登记迁移居民身份证办理流动人口居住证核发最低生活保障特困人员救助供养临时救助医疗救助住房救助教育救助就业救助受灾人员救助征地补偿安置方案听证结果公示房屋征收决定评估报告法律援助公证服务人民调解公共文化场馆开放时间免费服务项目预防接种传染病防控计划生育奖励扶助义务教育招生入学城市管理执法公示安全生产行政许可隐患排查整治'.split('');
const RARE = ['𠮷', '𡈽', '䶮', '鿏', '〇', '㐀']; // supplementary-plane and extension characters
const SUBJECTS = ['县公安局', '县民政局', '县自然资源局', '县住房和城乡建设局', '县司法局', '县文化和旅游局', '县卫生健康局', '县教育局', '县应急管理局', '各乡镇人民政府（街道办事处）'];
const BASES = ['《中华人民共和国户口登记条例》', '《社会救助暂行办法》第十一条', '《国有土地上房屋征收与补偿条例》第十三条、第二十六条', '《法律援助条例》', '《中华人民共和国政府信息公开条例》第二十条', '《自然灾害救助条例》第二十九条'];
const CHANNELS = ['■政府网站 □政府公报 ■两微一端 □发布会/听证会 ■广播电视 □纸质媒体 ■公开查阅点 □政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 □其他', '政府网站、政务服务中心、便民服务站', '■政府网站 ■政务服务中心 □入户/现场'];
const LIMITS = ['信息形成或变更之日起20个工作日内', '自作出决定之日起7个工作日内', '实时更新', '常年公开'];

/** The cells of data row i (0-based) as text, columns A..N; '' is an empty cell. */
export function rowCells(seed, i) {
  const rand = seededRandom(seed * 1_000_003 + i);
  const group = Math.floor(i / GROUP);
  const g = seededRandom(seed * 7_919 + group);
  const name1 = `${randomText(g, WORDS, 4, 8)}${group % 97 === 0 ? RARE[group % RARE.length] : ''}（${group + 1}）`;
  const name2 = `${randomText(rand, WORDS, 4, 10)}第${i + 1}项`;
  const content = i % 13 === 0 ? `${randomText(rand, WORDS, 10, 30)}\n${randomText(rand, WORDS, 5, 15)} & <附件>` : randomText(rand, WORDS, 12, 40);
  const blankLimit = i % 37 === 5; // some gaps so the rules have something to say
  const subject = i % 53 === 7 ? '县级政府民政部门' : SUBJECTS[Math.floor(rand() * SUBJECTS.length)];
  const active = rand() < 0.8;
  return [
    String(i + 1),
    i % GROUP === 0 ? name1 : '', // covered cells of a merge are empty in the file
    name2,
    content,
    BASES[Math.floor(rand() * BASES.length)],
    blankLimit ? '' : LIMITS[Math.floor(rand() * LIMITS.length)],
    subject,
    CHANNELS[Math.floor(rand() * CHANNELS.length)],
    active ? '√' : '',
    active ? '' : '√',
    active ? '√' : '',
    active ? '' : '√',
    '√',
    rand() < 0.5 ? '√' : '',
  ];
}

/** What a reader must give for row i after merges are resolved: 一级事项 from the merge's top. */
export function expectedItem(seed, i) {
  const cells = rowCells(seed, i);
  const top = rowCells(seed, i - (i % GROUP));
  return { row: FIRST_DATA_ROW + i, name1: top[1], name2: cells[2], content: cells[3] };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colLetter = (c) => String.fromCharCode(65 + c);

/** Builds the xlsx bytes of one catalog sheet with `rows` data rows. */
export function buildCatalogXlsx({ seed, rows, title }) {
  const strings = [];
  const index = new Map();
  const sst = (text) => {
    let k = index.get(text);
    if (k === undefined) { k = strings.length; strings.push(text); index.set(text, k); }
    return k;
  };
  const parts = [];
  const cell = (r, c, text, style = 1) => (text === '' ? '' : `<c r="${colLetter(c)}${r}" s="${style}" t="s"><v>${sst(text)}</v></c>`);
  parts.push(`<row r="1">${cell(1, 0, title, 2)}</row>`);
  parts.push(`<row r="2">${HEADER_TOP.map((t, c) => cell(2, c, t, 2)).join('')}</row>`);
  parts.push(`<row r="3">${HEADER_LEAF.map((t, c) => cell(3, c, t, 2)).join('')}</row>`);
  const merges = ['A1:N1', 'I2:J2', 'K2:L2', 'M2:N2', ...'ABCDEFGH'.split('').map((l) => `${l}2:${l}3`)];
  for (let i = 0; i < rows; i++) {
    const r = FIRST_DATA_ROW + i;
    const cells = rowCells(seed, i);
    let xml = `<row r="${r}">`;
    // 序号 is a number cell, as an office suite writes it.
    xml += `<c r="A${r}" s="1"><v>${i + 1}</v></c>`;
    for (let c = 1; c < cells.length; c++) xml += cell(r, c, cells[c]);
    parts.push(xml + '</row>');
    if (i % GROUP === 0 && i + 1 < rows) merges.push(`B${r}:B${Math.min(r + GROUP - 1, FIRST_DATA_ROW + rows - 1)}`);
  }
  const sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:N${FIRST_DATA_ROW + rows - 1}"/><sheetData>${parts.join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells></worksheet>`;
  const sharedXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`).join('') + '</sst>';
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="目录" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="黑体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
  };
  const zipInput = {};
  for (const [name, text] of Object.entries(files)) zipInput[name] = strToU8(text);
  zipInput['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  zipInput['xl/sharedStrings.xml'] = strToU8(sharedXml);
  return zipSync(zipInput, { level: 6 });
}

/** The corpora of the bench, by name: one file each, and a folder of many small files. */
export const CORPORA = {
  rows100: { file: 'catalog-100.xlsx', seed: 1, rows: 100 },
  rows10k: { file: 'catalog-10000.xlsx', seed: 2, rows: 10_000 },
  rows100k: { file: 'catalog-100000.xlsx', seed: 3, rows: 100_000 },
  many: { dir: 'many', files: 1000, rows: 100 },
};

export function manyFileName(k) {
  return `区县${String(k % 41).padStart(2, '0')}_户籍管理_${String(k).padStart(4, '0')}.xlsx`;
}

export function generateCorpora(log = () => {}) {
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const spec of [CORPORA.rows100, CORPORA.rows10k, CORPORA.rows100k]) {
    const path = join(CORPUS_DIR, spec.file);
    if (existsSync(path)) continue;
    log(`generating ${spec.file}`);
    writeFileSync(path, buildCatalogXlsx({ seed: spec.seed, rows: spec.rows, title: `某县户籍管理领域基层政务公开标准目录（${spec.rows}行）` }));
  }
  const dir = join(CORPUS_DIR, CORPORA.many.dir);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, manyFileName(CORPORA.many.files - 1)))) {
    log(`generating ${CORPORA.many.files} files of ${CORPORA.many.rows} rows`);
    for (let k = 0; k < CORPORA.many.files; k++) {
      writeFileSync(join(dir, manyFileName(k)), buildCatalogXlsx({ seed: 100 + k, rows: CORPORA.many.rows, title: `区县${k % 41}户籍管理领域基层政务公开标准目录` }));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) generateCorpora((m) => process.stderr.write(m + '\n'));
