// Reads a 权责清单 or 公共服务事项清单 (xlsx or csv) into ReferenceRows. Columns are recognised
// by their wording (事项名称, 子项名称, 权力类型, 实施主体, 行使层级, 设定依据, 所属领域 …);
// unusual headers are mapped in the config (listColumns). Merged cells are filled, and a 主项
// left blank under its first row (a CSV export loses merges) is carried down.
import type { RawSheet, RawWorkbook } from '../read/types.js';
import { compactLabel } from '../model/text.js';
import { isMarked } from '../model/elements.js';
import type { LevelTier } from '../model/types.js';
import { attachDomain } from './domain-hints.js';
import type { ReferenceRow } from './types.js';

export type ListField = 'name' | 'detail' | 'type' | 'department' | 'tiers' | 'basis' | 'domain';
export const LIST_FIELDS: readonly ListField[] = ['name', 'detail', 'type', 'department', 'tiers', 'basis', 'domain'];

// Ordered: the first match wins. Labels are compacted (no spaces, NFKC) before matching.
const FIELD_PATTERNS: [RegExp, ListField][] = [
  [/^子项(名称|事项|事项名称)?$|子项名称$|\(子项\)$/, 'detail'],
  [/^(主项|主项名称|主项事项名称)$|^(权力|职权|权责|行政权力|公共服务|服务|基本)?事项(名称)?$|^(权力|职权|项目|服务项目)名称$|^名称$/, 'name'],
  [/^(权力|职权|事项|服务|权责)?(类型|类别|种类)$/, 'type'],
  [/^(实施|行使|责任|职权|办理|承办|主管)(主体|机关|机构|部门|单位)(名称)?$|^(部门|单位|责任单位)(名称)?$/, 'department'],
  [/^(行使|实施|适用|办理|所属)?层级|^层级$/, 'tiers'],
  [/依据/, 'basis'],
  [/^(所属|事项|对应|公开)?领域$/, 'domain'],
];

// A list may mark levels in columns of their own (市级 | 区县级 | 乡镇级) instead of one 行使层级 cell.
const TIER_COLUMN: [RegExp, LevelTier][] = [
  [/^(市|市级|省级)$/, 'city'],
  [/^(区|县|区县|区县级|区级|县级|县\(区\)级)$/, 'county'],
  [/^(乡镇|乡镇级|乡级|镇级|镇街|镇街级|街道|乡镇\(街道\)级?)$/, 'township'],
  [/^(村|村级|村\(社区\)级?)$/, 'village'],
];

export interface ListColumns {
  fields: Partial<Record<ListField, number>>;
  tierColumns: { col: number; tier: LevelTier }[];
}

export interface ListHeader extends ListColumns {
  top: number;
  bottom: number;
}

function classify(label: string, custom: Partial<Record<ListField, string>>): ListField | LevelTier | undefined {
  const key = compactLabel(label);
  if (!key) return undefined;
  for (const field of LIST_FIELDS) {
    const wanted = custom[field];
    if (wanted && key === compactLabel(wanted)) return field;
  }
  // "事项名称（主项）", "行使层级（市、区县、乡镇）": the bracket explains, the label decides.
  for (const k of [key, key.replace(/\([^)]*\)$/, '')]) {
    for (const [re, field] of FIELD_PATTERNS) if (re.test(k)) return field;
  }
  for (const [re, tier] of TIER_COLUMN) if (re.test(key)) return tier;
  return undefined;
}

const isField = (c: ListField | LevelTier | undefined): c is ListField => c !== undefined && (LIST_FIELDS as readonly string[]).includes(c);

/** The header of a list sheet: the first row (of the first 30) naming the item and one more field. */
export function detectListHeader(rows: (string | undefined)[][], custom: Partial<Record<ListField, string>> = {}): ListHeader | null {
  const last = Math.min(rows.length, 30);
  for (let r = 0; r < last; r++) {
    const row = rows[r];
    if (!row) continue;
    const found = new Set(row.map((cell) => (cell ? classify(cell, custom) : undefined)).filter(isField));
    if (!found.has('name') && !found.has('detail')) continue;
    if (found.size < 2 && !row.some((cell) => cell && !isField(classify(cell, custom)) && classify(cell, custom))) continue;
    // A second header row: 事项名称 over 主项 | 子项, or 行使层级 over 市级 | 区县级 | 乡镇级.
    const next = rows[r + 1];
    const twoRows = !!next && next.some((cell, c) => cell && cell !== row[c] && classify(cell, custom)) && !next.some((cell, c) => cell && cell !== row[c] && !classify(cell, custom) && cell.trim() !== '');
    const bottom = twoRows ? r + 1 : r;
    const columns = mapColumns(rows, r, bottom, custom);
    if (columns.fields.name === undefined && columns.fields.detail === undefined) continue;
    return { top: r, bottom, ...columns };
  }
  return null;
}

function mapColumns(rows: (string | undefined)[][], top: number, bottom: number, custom: Partial<Record<ListField, string>>): ListColumns {
  const fields: Partial<Record<ListField, number>> = {};
  const tierColumns: { col: number; tier: LevelTier }[] = [];
  const width = Math.max(...rows.slice(top, bottom + 1).map((r) => r?.length ?? 0));
  for (let c = 0; c < width; c++) {
    const leaf = rows[bottom]?.[c] ?? rows[top]?.[c];
    const parent = rows[top]?.[c];
    const leafClass = leaf ? classify(leaf, custom) : undefined;
    const parentClass = parent ? classify(parent, custom) : undefined;
    if (leafClass && !isField(leafClass)) {
      tierColumns.push({ col: c, tier: leafClass });
      continue;
    }
    // Under a merged 事项名称, the first column is the 主项 and the next one the 子项.
    let field = isField(leafClass) ? leafClass : isField(parentClass) ? parentClass : undefined;
    if (field === 'name' && fields.name !== undefined && leafClass === undefined && fields.detail === undefined) field = 'detail';
    if (field && fields[field] === undefined) fields[field] = c;
  }
  return { fields, tierColumns };
}

/** Tiers named in a 行使层级 cell: "市、区县、乡镇" → city, county, township. */
export function parseTiers(text: string): LevelTier[] {
  const key = compactLabel(text).replace(/\([^)]*\)/g, '');
  if (!key) return [];
  if (/^(三级|全部|各级|市区县乡镇三级)$/.test(key)) return ['city', 'county', 'township'];
  const tiers = new Set<LevelTier>();
  for (const token of key.split(/[、,;/|和及与]+|级/)) {
    if (!token) continue;
    const county = /区|县|旗/.test(token);
    if (county) tiers.add('county');
    if (/乡|镇|街/.test(token)) tiers.add('township');
    if (/村|社区|居委/.test(token)) tiers.add('village');
    if (/市|省|国家|中央/.test(token) && !county) tiers.add('city');
  }
  return [...tiers];
}

/** Fills every merged range with its top-left text, in place. */
function fillMerges(sheet: RawSheet): void {
  for (const m of sheet.merges) {
    const text = sheet.rows[m.top]?.[m.left];
    if (text === undefined) continue;
    // A merge drawn far past the data (A1:XFD1) is clipped to it.
    const bottom = Math.min(m.bottom, sheet.rows.length - 1);
    const right = Math.min(m.right, m.left + 255);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) (sheet.rows[r] ??= [])[c] = text;
    }
  }
}

export interface ReadListOptions {
  /** The list file as given on the command line. */
  file: string;
  columns?: Partial<Record<ListField, string>>;
  /** The file's domain from listDomains, when the config gives one. */
  fileDomain?: string;
}

export interface ReadListResult {
  rows: ReferenceRow[];
  /** Sheets with no list header, by name. */
  skippedSheets: string[];
}

export function readList(workbook: RawWorkbook, options: ReadListOptions): ReadListResult {
  const rows: ReferenceRow[] = [];
  const skippedSheets: string[] = [];
  for (const sheet of workbook.sheets) {
    fillMerges(sheet);
    const header = detectListHeader(sheet.rows, options.columns);
    if (!header) {
      if (sheet.rows.some((r) => r?.some(Boolean))) skippedSheets.push(sheet.name);
      continue;
    }
    readRows(sheet, header, options, rows);
  }
  return { rows, skippedSheets };
}

function readRows(sheet: RawSheet, header: ListHeader, options: ReadListOptions, out: ReferenceRow[]): void {
  const f = header.fields;
  const cell = (row: (string | undefined)[], c: number | undefined) => (c === undefined ? '' : (row[c] ?? '').replace(/\s+/g, ' ').trim());
  // A header repeated at a page break: its name cell reads like one of the header rows'.
  const headerNames = new Set([header.top, header.bottom].map((r) => cell(sheet.rows[r] ?? [], f.name ?? f.detail)).filter(Boolean));
  let lastName = '';
  for (let r = header.bottom + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let name = cell(row, f.name);
    const detail = cell(row, f.detail);
    if (!name && !detail) continue;
    if (headerNames.has(name || detail)) continue;
    if (!name && detail) name = lastName;
    lastName = name;
    const tierText = cell(row, f.tiers);
    let tiers = parseTiers(tierText);
    if (header.tierColumns.length > 0) tiers = [...new Set([...tiers, ...header.tierColumns.filter((t) => isMarked(row[t.col] ?? '')).map((t) => t.tier)])];
    const type = cell(row, f.type);
    const department = cell(row, f.department);
    const attached = attachDomain({ name, detail, type, department, domainText: cell(row, f.domain) }, options.fileDomain);
    out.push({
      file: options.file,
      sheet: sheet.name,
      row: r + 1,
      name: name || detail,
      ...(detail && name ? { detail } : {}),
      ...(type ? { type } : {}),
      ...(department ? { department } : {}),
      domain: attached.domain,
      domainSource: attached.source,
      ...(attached.ambiguous ? { ambiguous: attached.ambiguous } : {}),
      tiers,
      ...(tierText ? { tierText } : {}),
    });
  }
}
