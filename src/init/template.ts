// A blank catalog in the standard shape (the national template as Chongqing uses it):
// a title row, the two-row merged header, 序号 and the □ channel checklist prefilled, a
// drop-down of √ on the 公开对象/公开方式/公开层级 columns, widths, a frozen header, A4
// landscape printing with the header repeated, and the filling notes below the table.
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcel } from '../annotate/workbook.js';

export type CatalogLevel = '区县' | '乡镇';

/** The 13 channels of the national checklist, in the template's order. */
export const CHANNELS = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏（电子屏）', '精准推送', '其他'];

export function channelChecklist(): string {
  const lines: string[] = [];
  for (let i = 0; i < CHANNELS.length; i += 2) lines.push(CHANNELS.slice(i, i + 2).map((c) => `□${c}`).join(' '));
  return lines.join('\n');
}

interface Column { top: string; leaf?: string; width: number; mark?: boolean }

function columns(level: CatalogLevel): Column[] {
  const levels: Column[] = level === '区县'
    ? [{ top: '公开层级', leaf: '县级', width: 7, mark: true }, { top: '公开层级', leaf: '乡级', width: 7, mark: true }]
    : [{ top: '公开层级', leaf: '乡级', width: 8, mark: true }];
  return [
    { top: '序号', width: 6 },
    { top: '公开事项', leaf: '一级事项', width: 14 },
    { top: '公开事项', leaf: '二级事项', width: 18 },
    { top: '公开内容（要素）', width: 30 },
    { top: '公开依据', width: 30 },
    { top: '公开时限', width: 18 },
    { top: '公开主体', width: 16 },
    { top: '公开渠道和载体', width: 36 },
    { top: '公开对象', leaf: '全社会', width: 7, mark: true },
    { top: '公开对象', leaf: '特定群体', width: 7, mark: true },
    { top: '公开方式', leaf: '主动', width: 7, mark: true },
    { top: '公开方式', leaf: '依申请', width: 7, mark: true },
    ...levels,
  ];
}

export const NOTES = '填表说明：1. 公开对象、公开方式、公开层级：在适用的格中选“√”（下拉选择），不适用的留空；2. 公开渠道和载体：把选用渠道前的“□”改为“■”；3. 公开主体：写具体单位名称（如“××区公安分局”“××镇人民政府”），不要写“相关部门”“县级政府××部门”；4. 公开依据：写法律法规的全称和文号；5. 事项不够时，在本说明上方插入行。';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildTemplate(domain: string, level: CatalogLevel, rows: number): Promise<Workbook> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = 'catalog-check';
  const cols = columns(level);
  const ws = wb.addWorksheet(domain, {
    views: [{ state: 'frozen', ySplit: 3, activeCell: 'B4' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3', horizontalCentered: true },
  });
  cols.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  writeTitle(ws, `${domain}领域基层政务公开标准目录`, cols.length);
  writeHeader(ws, cols);
  writeRows(ws, cols, rows);
  const notesRow = 4 + rows;
  ws.mergeCells(notesRow, 1, notesRow, cols.length);
  const notes = ws.getCell(notesRow, 1);
  notes.value = NOTES;
  notes.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(notesRow).height = 48;
  return wb;
}

function writeTitle(ws: Worksheet, title: string, width: number): void {
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;
}

function writeHeader(ws: Worksheet, cols: Column[]): void {
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    ws.getCell(2, i + 1).value = c.top;
    if (c.leaf) ws.getCell(3, i + 1).value = c.leaf;
    // A group (公开事项, 公开对象 …) spans its leaves; a single column spans both header rows.
    if (!c.leaf) ws.mergeCells(2, i + 1, 3, i + 1);
    else if (i === 0 || cols[i - 1].top !== c.top) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1].top === c.top) j++;
      if (j > i) ws.mergeCells(2, i + 1, 2, j + 1);
    }
  }
  for (const r of [2, 3]) {
    ws.getRow(r).height = 22;
    for (let i = 1; i <= cols.length; i++) {
      const cell = ws.getCell(r, i);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.border = BORDER;
    }
  }
}

function writeRows(ws: Worksheet, cols: Column[], rows: number): void {
  const channel = cols.findIndex((c) => c.top === '公开渠道和载体') + 1;
  const checklist = channelChecklist();
  for (let r = 4; r < 4 + rows; r++) {
    ws.getRow(r).height = 100;
    ws.getCell(r, 1).value = r - 3;
    ws.getCell(r, channel).value = checklist;
    cols.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.border = BORDER;
      cell.alignment = c.mark || i === 0 ? { horizontal: 'center', vertical: 'middle' } : { vertical: 'top', wrapText: true };
      if (c.mark) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"√"'],
          showErrorMessage: true,
          errorTitle: '只能填“√”',
          error: '适用的在此格选“√”，不适用的留空。',
        };
      }
    });
  }
}
