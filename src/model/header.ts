// Header detection: find the header block (one to three rows, merged cells resolved) and map
// each column to an element by its wording. Wording varies a lot between districts; every
// variant listed in shared/domain/variants.md is a pattern here.
import type { AudienceKey, ColumnMapping, ColumnRole, LevelTier, ModeKey } from './types.js';
import { compactLabel } from './text.js';
import { columnLetter } from './location.js';

type Mark = AudienceKey | ModeKey | LevelTier;
interface Classified { role: ColumnRole; mark?: Mark }

// Level labels: 县级/区级/区县级, 乡级/镇街级/乡、村级, 市级, 村级, and spaced or traditional forms.
const LEVEL_PATTERNS: [RegExp, LevelTier][] = [
  [/^(村|村级|村居|社区)$/, 'village'],
  [/^(乡|镇|乡级|镇级|乡镇|乡镇级|镇街|镇街级|街镇|街镇级|街道|街道级|乡村级|乡、村级|镇、村级|镇\(街\)级|镇街\(园区\)级|镇街乡|乡镇\(街道\)级?|乡镇、街道|乡\(镇\)级)$/, 'township'],
  [/^(县|区|县级|区级|区县|区县级|县区级|县\(区\)级|县\(市、区\)级|区\(县\)级|旗级|县\(市\)级)$/, 'county'],
  // A named city ("东阳市级") heads the level column of a county-level city's own catalog.
  [/^.{2,4}市级$/, 'county'],
  [/^(市|市级|省级|国家级)$/, 'city'],
];

const AUDIENCE_PATTERNS: [RegExp, AudienceKey][] = [
  [/^全?社会$/, 'public'],
  [/^特定(群体|群众|对象|人群)?(\(.*\))?$/, 'specific'],
];

const MODE_PATTERNS: [RegExp, ModeKey][] = [
  [/^主动(公开)?$/, 'active'],
  [/^(依申请|依申请公开|申请|申请公开)$/, 'onRequest'],
];

// Ordered: the first match wins, so longer and more specific wordings come first.
const ROLE_PATTERNS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|No\.?|序)$/i, 'seq'],
  [/^一级目录$|^事项类型$|^过程$|^事项类别/, 'category'],
  [/所属领域|^公开领域|^对相应领域|^领域$/, 'domain'],
  [/^一级(事项)?$|^一级事项名称$/, 'name1'],
  [/^二级(事项)?$|^二级事项名称$/, 'name2'],
  [/^三级(事项)?$|^三级事项名称$/, 'name3'],
  [/^(公开)?事项(名称)?$|^公开事项名称$/, 'name1'],
  [/^公开内容|^公开要素|^内容(要素)?$/, 'content'],
  [/^公开依据|^依据$|^公开要求$/, 'basis'],
  [/^公开时限|^时限$/, 'timeLimit'],
  [/^公开主体?$|^主体$|^公开主体|^公开责任主体|^责任主体$/, 'subject'],
  [/^公开渠道|^渠道|载体/, 'channel'],
  [/^公开对象|^对象$/, 'audience'],
  [/^公开方式|^方式$/, 'mode'],
  [/^公开层级|^层级$|^公开范围$/, 'level'],
];

function matchMark<K extends string>(label: string, patterns: [RegExp, K][]): K | undefined {
  for (const [re, key] of patterns) if (re.test(label)) return key;
  return undefined;
}

function matchRole(label: string): ColumnRole | undefined {
  for (const [re, role] of ROLE_PATTERNS) if (re.test(label)) return role;
  return undefined;
}

/** Classifies one header label on its own (used to recognise header rows). */
export function classifyLabel(raw: string): Classified | undefined {
  // Every data row is classified cell by cell to spot a repeated header, and most cell texts
  // recur (subjects, bases, tick marks): remember the answers, up to a bound.
  const known = CLASSIFIED.get(raw);
  if (known !== undefined) return known ?? undefined;
  const result = classifyUncached(raw);
  if (CLASSIFIED.size >= CLASSIFIED_LIMIT) CLASSIFIED.clear();
  CLASSIFIED.set(raw, result ?? null);
  return result;
}

const CLASSIFIED = new Map<string, Readonly<Classified> | null>();
const CLASSIFIED_LIMIT = 50_000;

// Any one of the patterns, in one test: a label that matches none of them (most data cells)
// is turned away without trying each. It only ever says no when every pattern would. The
// alternatives that start with ^ share one ^, so that a long text is not tried against each
// of them at every position.
const ANY_PATTERN = anyOf([...LEVEL_PATTERNS, ...AUDIENCE_PATTERNS, ...MODE_PATTERNS, ...ROLE_PATTERNS].map(([re]) => re));

function anyOf(patterns: RegExp[]): RegExp {
  const anchored: string[] = [];
  const floating: string[] = [];
  for (const re of patterns) {
    for (const alternative of topLevelAlternatives(re.source)) {
      if (alternative.startsWith('^')) anchored.push(alternative.slice(1));
      else floating.push(alternative);
    }
  }
  return new RegExp([`^(?:${anchored.join('|')})`, ...floating].join('|'), 'i');
}

/** A pattern's source split at its top-level |, minding groups and escapes. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

function classifyUncached(raw: string): Classified | undefined {
  const label = compactLabel(raw);
  if (!label || !ANY_PATTERN.test(label)) return undefined;
  const level = matchMark(label, LEVEL_PATTERNS);
  if (level) return { role: 'level', mark: level };
  const audience = matchMark(label, AUDIENCE_PATTERNS);
  if (audience) return { role: 'audience', mark: audience };
  const mode = matchMark(label, MODE_PATTERNS);
  if (mode) return { role: 'mode', mark: mode };
  const role = matchRole(label);
  return role ? { role } : undefined;
}

/** Classifies a column from its stacked labels (parent first, leaf last). */
export function classifyColumn(labels: string[]): Classified {
  const leaf = labels[labels.length - 1] ?? '';
  const parents = labels.slice(0, -1).map(compactLabel);
  const parentRole = parents.map(matchRole).find((r) => r !== undefined);
  const leafClass = classifyLabel(leaf);
  // 涉农补贴 pages split 公开内容 into 市级 and 区县级、乡镇级: those are content, not levels.
  if (parentRole === 'content') return leafClass?.mark === 'city' ? { role: 'extra' } : { role: 'content' };
  if (parentRole === 'name1' && leafClass?.role === 'domain') return { role: 'domain' };
  if (leafClass) {
    // "社会" or "申请" alone are truncated 全社会 / 依申请; trust the leaf's mark when it has one.
    if (leafClass.mark) return leafClass;
    if (parentRole === 'name1' && leafClass.role === 'name1') return { role: 'name1' };
    return leafClass;
  }
  if (parentRole === 'audience' || parentRole === 'mode' || parentRole === 'level') {
    // An unknown leaf under a mark group, e.g. 特定群體(請寫明): keep the group, no mark.
    return { role: parentRole };
  }
  if (parentRole === 'channel') return { role: 'channel' };
  return { role: parentRole ?? 'extra' };
}

export interface HeaderBlock {
  /** 0-based rows of the header block. */
  top: number;
  bottom: number;
  columns: ColumnMapping[];
}

/**
 * How many different element roles (of the eight, and the columns around them) one row names,
 * counting no further than `enough`. Runs on every data row: no set, no iterator.
 */
function rolesInRow(row: (string | undefined)[], enough = Infinity): number {
  const roles: ColumnRole[] = [];
  for (let i = 0; i < row.length && roles.length < enough; i++) {
    const cell = row[i];
    if (!cell) continue;
    const c = classifyLabel(cell);
    if (c && c.role !== 'extra' && c.role !== 'seq' && !roles.includes(c.role)) roles.push(c.role);
  }
  return roles.length;
}

/** A row reads as (part of) a header when it names at least three different elements. */
export function looksLikeHeaderRow(row: (string | undefined)[] | undefined): boolean {
  return row !== undefined && rolesInRow(row, 3) >= 3;
}

/**
 * Finds the header block in a grid whose merged cells are already filled (every cell of a
 * merged range holds the range's text). `isContinuation(r, c)` tells a filled cell from a
 * cell that holds its own text.
 */
export function detectHeader(
  grid: (string | undefined)[][],
  isContinuation: (r: number, c: number) => boolean,
  from = 0,
  scanRows = 40,
): HeaderBlock | null {
  let top = -1;
  let best = 2;
  const last = Math.min(grid.length, from + scanRows);
  for (let r = from; r < last; r++) {
    const size = grid[r] ? rolesInRow(grid[r]) : 0;
    if (size > best) {
      best = size;
      top = r;
      if (size >= 5) break; // a clear header; rows below are its sub-header or data
    }
  }
  if (top < 0) return null;

  let bottom = top;
  for (let r = top + 1; r <= top + 2 && r < grid.length; r++) {
    if (!isSubHeaderRow(grid[r], r, isContinuation)) break;
    bottom = r;
  }

  const width = Math.max(...grid.slice(top, bottom + 1).map((row) => row?.length ?? 0));
  const columns: ColumnMapping[] = [];
  for (let c = 0; c < width; c++) {
    const labels: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = grid[r]?.[c];
      if (text && labels[labels.length - 1] !== text) labels.push(text);
    }
    if (labels.length === 0) {
      // Some published tables leave the 序号 header blank although rows are numbered.
      columns.push({ col: c + 1, column: columnLetter(c + 1), labels, header: '', role: 'extra' });
      continue;
    }
    const { role, mark } = classifyColumn(labels);
    columns.push({
      col: c + 1,
      column: columnLetter(c + 1),
      labels,
      header: labels.map(compactLabel).join('/'),
      role,
      ...(mark ? { mark } : {}),
    });
  }
  inferFromPosition(columns);
  return { top, bottom, columns };
}

// The usual column order of the national template; used only to read garbled headers.
const STANDARD_ORDER: ColumnRole[] = ['seq', 'name1', 'name2', 'name3', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'mode', 'level'];
const GROUP_KEYS: Partial<Record<ColumnRole, Mark[]>> = { audience: ['public', 'specific'], mode: ['active', 'onRequest'] };

/**
 * Garbled headers keep only "公开" for 公开时限/公开主体, or drop the 全社会/特定群体 leaves.
 * A truncated label is read by its place between recognised columns, in template order;
 * an unlabelled column of a two-column mark group takes the key its sibling does not have.
 */
function inferFromPosition(columns: ColumnMapping[]): void {
  const present = new Set(columns.map((c) => c.role));
  for (let i = 0; i < columns.length; i++) {
    if (columns[i].role !== 'extra' || compactLabel(columns[i].labels.join('')) !== '公开') continue;
    let j = i;
    while (j < columns.length && columns[j].role === 'extra' && compactLabel(columns[j].labels.join('')) === '公开') j++;
    const before = columns.slice(0, i).reverse().find((c) => c.role !== 'extra')?.role;
    const after = columns.slice(j).find((c) => c.role !== 'extra')?.role;
    const lo = before ? STANDARD_ORDER.indexOf(before) : -1;
    const hi = after ? STANDARD_ORDER.indexOf(after) : STANDARD_ORDER.length;
    const gap = STANDARD_ORDER.slice(lo + 1, hi).filter((r) => !present.has(r) && !r.startsWith('name') && r !== 'seq');
    if (gap.length === j - i) {
      gap.forEach((role, k) => {
        columns[i + k].role = role;
        present.add(role);
      });
    }
    i = j - 1;
  }
  for (const [role, keys] of Object.entries(GROUP_KEYS) as [ColumnRole, Mark[]][]) {
    const group = columns.filter((c) => c.role === role);
    if (group.length !== 2) continue;
    const unmarked = group.filter((c) => !c.mark);
    const used = new Set(group.map((c) => c.mark).filter(Boolean));
    const free = keys.filter((k) => !used.has(k));
    if (unmarked.length === free.length) unmarked.forEach((c, k) => (c.mark = free[k]));
  }
}

function isSubHeaderRow(row: (string | undefined)[] | undefined, r: number, isContinuation: (r: number, c: number) => boolean): boolean {
  if (!row) return false;
  let own = 0;
  for (let c = 0; c < row.length; c++) {
    const text = row[c];
    if (!text || isContinuation(r, c)) continue;
    if (!classifyLabel(text)) return false;
    own++;
  }
  return own > 0;
}
