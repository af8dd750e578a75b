// Shared by audience-unmarked and mode-unmarked: does an item's mark group (公开对象, 公开方式)
// choose anything, and where should a finding about it point?
import type { CatalogItem, CellValue } from '../../src/model/types.js';

export interface UnmarkedGroup {
  /** The first mark cell of the group on the item's row: where the user ticks. */
  cell: CellValue;
  /** The mark labels as the header writes them, quoted and joined: “全社会”“特定群众”. */
  labels: string;
  /** The same for English messages: "全社会", "特定群众". */
  labelsEn: string;
  /** Words in the cells that read as neither mark ("不予公开" in a one-column 公开方式); "" when the cells are blank or crossed. */
  text: string;
}

const DEFAULT_LABELS = { audience: ['全社会', '特定群体'], mode: ['主动', '依申请'] };

/**
 * The group when none of its marks is chosen; null when the table has no such columns (that is
 * element-column-missing's finding) or something is chosen.
 */
export function unmarkedGroup(item: CatalogItem, element: 'audience' | 'mode'): UnmarkedGroup | null {
  const group = item[element];
  if (!group || group.marks.length === 0 || group.chosen.length > 0) return null;
  // A one-column group ("公开方式: 主动公开") has no mark labels of its own; name the usual two.
  const own = group.marks.filter((m) => m.key).map((m) => m.label.replace(/\s+/g, ''));
  const labels = [...new Set(own.filter(Boolean))];
  if (labels.length === 0) labels.push(...DEFAULT_LABELS[element]);
  const text = group.notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
  return {
    cell: group.marks[0].value,
    labels: labels.map((l) => `“${l}”`).join(''),
    labelsEn: labels.map((l) => `"${l}"`).join(', '),
    text,
  };
}
