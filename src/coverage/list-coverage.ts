// Checkpoint 2: which rows of a power or service list, at district or township level and in the
// table's domain, no catalog item reflects, by name or by content.
import type { CatalogTable } from '../model/types.js';
import { compactLabel } from '../model/text.js';
import { tableDomains } from './catalog-match.js';
import { MatchIndex, nameKey, prepare } from './match.js';
import type { ReferenceList, ReferenceRow } from './types.js';

export interface ListCoverageOptions {
  /** A list item is reflected by a catalog item whose name scores this much (dice, or the share of the list name found in it). */
  similarity: number;
  /** …or whose content holds this share of the list name's bigrams. */
  contentSimilarity: number;
  /** A catalog item named for a whole power type (行政处罚, 行政许可 …) reflects every list item of that type. */
  typeCovers: boolean;
}

export interface Uncovered {
  row: ReferenceRow;
  /** Further rows of the same item (the same 事项 listed once per township, say). */
  more: number;
}

export interface ListCoverage {
  uncovered: Uncovered[];
  /** The table's domain is unknown, so the list could not be narrowed to it. */
  undecided: boolean;
  /** Rows of the domain at district or township level that were checked. */
  checked: number;
}

// Words a catalog item's name uses when it stands for a whole power type.
const TYPE_WORDS: [RegExp, string[]][] = [
  [/处罚/, ['行政处罚', '处罚结果', '处罚决定', '处罚信息']],
  [/许可|审批/, ['行政许可', '审批结果', '许可结果']],
  [/强制/, ['行政强制']],
  [/检查/, ['行政检查', '监督检查', '检查结果', '抽查']],
  [/征收/, ['行政征收']],
  [/给付/, ['行政给付']],
  [/确认/, ['行政确认']],
  [/奖励/, ['行政奖励', '表彰']],
  [/裁决/, ['行政裁决']],
];

/** Whether a list row belongs to the district: 区县级 or 乡镇级 (or 村级), or no level given. */
export function atDistrictLevel(row: ReferenceRow): boolean {
  return row.tiers.length === 0 || row.tiers.some((t) => t !== 'city');
}

interface CatalogSide {
  names: MatchIndex<number>;
  contents: MatchIndex<number>;
  /** Which entries of TYPE_WORDS some catalog item is named for. */
  typesNamed: boolean[];
}

const sides = new WeakMap<CatalogTable, CatalogSide>();

function catalogSide(table: CatalogTable): CatalogSide {
  let side = sides.get(table);
  if (side) return side;
  const names = new MatchIndex<number>();
  const contents = new MatchIndex<number>();
  for (const item of table.items) {
    const texts = new Set([item.name.full, ...item.name.levels.map((l) => l.text), item.name.category?.text ?? '']);
    for (const text of texts) if (text.trim()) names.add(text, item.index);
    if (item.content?.text.trim()) contents.add(item.content.text, item.index);
  }
  const itemNames = table.items.map((it) => compactLabel(it.name.full));
  const typesNamed = TYPE_WORDS.map(([, words]) => itemNames.some((n) => words.some((w) => n.includes(w))));
  side = { names, contents, typesNamed };
  sides.set(table, side);
  return side;
}

function coveredByType(type: string | undefined, side: CatalogSide): boolean {
  if (!type) return false;
  const t = compactLabel(type);
  return TYPE_WORDS.some(([re], k) => side.typesNamed[k] && re.test(t));
}

export function listCoverage(table: CatalogTable, list: ReferenceList, options: ListCoverageOptions): ListCoverage {
  const domains = tableDomains(table);
  if (domains.length === 0) return { uncovered: [], undecided: list.byDomain.size > 0, checked: 0 };
  const rows = domains.flatMap((d) => list.byDomain.get(d) ?? []).filter(atDistrictLevel);
  const side = catalogSide(table);
  const verdicts = new Map<string, boolean>();
  const isReflected = (text: string): boolean => {
    const query = prepare(text);
    if (!query.key) return true;
    let verdict = verdicts.get(query.key);
    if (verdict === undefined) {
      verdict =
        side.names.exact(query).length > 0 ||
        side.names.similar(query, options.similarity, 'cover', 1).length > 0 ||
        side.contents.similar(query, options.contentSimilarity, 'contain', 1).length > 0;
      verdicts.set(query.key, verdict);
    }
    return verdict;
  };
  const groups = new Map<string, Uncovered>();
  for (const row of rows) {
    const reflected =
      isReflected(row.name) || (row.detail !== undefined && (isReflected(row.detail) || isReflected(row.name + row.detail))) || (options.typeCovers && coveredByType(row.type, side));
    if (reflected) continue;
    const key = `${nameKey(row.name)}|${nameKey(row.detail ?? '')}`;
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { row, more: 0 });
  }
  return { uncovered: [...groups.values()], undecided: false, checked: rows.length };
}

/** "户口迁移审批/市外迁入" for messages. */
export function rowLabel(row: ReferenceRow): string {
  return row.detail ? `${row.name}/${row.detail}` : row.name;
}
