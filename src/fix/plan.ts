// Plans the fixes for one workbook from its model. Only what needs no judgement: channel
// markers written the standard way, stray whitespace, 同上 written out, 序号 renumbered.
// Every planned change leaves the model's reading of the catalog the same, except the
// whitespace inside names (which is the point) and the 序号 (which is the other point).
import type { CatalogItem, CatalogTable, CatalogWorkbook, CellValue, ColumnRole } from '../model/types.js';
import { parseChannel } from '../model/elements.js';
import { applyChars, type FixChange, type FixKind } from './types.js';
import { fixChannelMarkers, fixNameSpaces, trimLines } from './text.js';
import { refKey } from '../model/location.js';

const BODY_END = /(府|局|委|办|处|所|室|院|队|中心|站|会|部|厅|署|组|分局|街道|镇|乡|公司)$/;

/** Each cell of an item with the role of its column; columns that share a role are joined in the model, so skipped. */
function itemCells(item: CatalogItem, table: CatalogTable): { role: ColumnRole; value: CellValue }[] {
  const single = (role: ColumnRole) => table.columns.filter((c) => c.role === role).length === 1;
  const out: { role: ColumnRole; value: CellValue }[] = [];
  const add = (role: ColumnRole, value: CellValue | undefined) => {
    if (value && single(role)) out.push({ role, value });
  };
  item.name.levels.forEach((v, i) => out.push({ role: (['name1', 'name2', 'name3'] as const)[i] ?? 'name1', value: v }));
  add('category', item.name.category);
  add('domain', item.domain);
  add('content', item.content);
  add('basis', item.basis);
  add('timeLimit', item.timeLimit);
  add('subject', item.subject?.value);
  add('channel', item.channel?.value);
  for (const group of [item.audience, item.mode, item.level]) for (const m of group?.marks ?? []) out.push({ role: 'extra', value: m.value });
  for (const v of Object.values(item.extra)) out.push({ role: 'extra', value: v });
  return out;
}

function change(kind: FixKind, value: CellValue, after: string, edit: FixChange['edit']): FixChange {
  return { kind, sheet: value.cell.sheet, row: value.cell.row, column: value.cell.column, before: value.raw, after, edit };
}

function sameChannel(a: string, b: string): boolean {
  const key = (t: string) => JSON.stringify(parseChannel({ text: t, raw: t, cell: { sheet: '', row: 0, column: '', col: 0 } }).entries.map((e) => [e.label, e.chosen]));
  return key(a) === key(b);
}

function planCell(role: ColumnRole, value: CellValue): FixChange | null {
  const raw = value.raw;
  if (!raw || value.mergedFrom || value.inherited || value.formula) return null;
  if (value.sameAsAbove) {
    // 同上 with nothing above is a finding for a person to resolve, not a fix.
    return value.text ? change('same-as-above', value, value.text, { type: 'set', value: value.text }) : null;
  }
  if (role === 'name1' || role === 'name2' || role === 'name3' || role === 'subject') {
    const keep = role === 'subject' ? (before: string) => BODY_END.test(before.trim()) : undefined;
    const map = fixNameSpaces(raw, keep);
    return map ? change('name-space', value, applyChars(raw, map), { type: 'chars', map }) : null;
  }
  if (role === 'channel') {
    const markers = fixChannelMarkers(raw);
    const trimmed = trimLines(raw);
    if (!markers && !trimmed) return null;
    const map = Array.from(raw.split(''), (ch, i) => ((trimmed?.[i] ?? ch) === '' ? '' : (markers?.[i] ?? ch)));
    const after = applyChars(raw, map);
    // The fix only rewrites glyphs: what is chosen and what is not must read the same after.
    if (markers && !sameChannel(raw, after)) return null;
    return change(markers ? 'channel-marker' : 'trim', value, after, { type: 'chars', map });
  }
  const map = trimLines(raw);
  return map ? change('trim', value, applyChars(raw, map), { type: 'chars', map }) : null;
}

/** 序号 renumbered 1, 2, 3 … when every 序号 is a plain number; codes such as 0505 or 1.1 are left alone. */
function planRenumber(table: CatalogTable): FixChange[] {
  const units: CellValue[] = [];
  const seen = new Set<number>();
  for (const item of table.items) {
    const seq = item.seq;
    if (!seq) return [];
    const master = seq.mergedFrom ?? seq.cell;
    if (seen.has(refKey(master))) continue;
    seen.add(refKey(master));
    units.push(seq.mergedFrom ? { ...seq, raw: seq.text, cell: seq.mergedFrom, mergedFrom: undefined } : seq);
  }
  const values = units.map((u) => u.raw.trim());
  if (!values.some(Boolean) || values.some((v) => v !== '' && !/^[1-9]\d{0,4}$/.test(v))) return [];
  const changes: FixChange[] = [];
  units.forEach((unit, k) => {
    const want = String(k + 1);
    if (values[k] !== want) changes.push(change('renumber', unit, want, { type: 'set', value: k + 1 }));
  });
  return changes;
}

export function planFixes(workbook: CatalogWorkbook): FixChange[] {
  const changes: FixChange[] = [];
  for (const sheet of workbook.sheets) {
    for (const table of sheet.tables) {
      for (const item of table.items) {
        for (const { role, value } of itemCells(item, table)) {
          const c = planCell(role, value);
          if (c) changes.push(c);
        }
      }
      const renumber = planRenumber(table);
      // A 序号 cell that also needed trimming gets the number only.
      const numbered = new Set(renumber.map((c) => `${c.sheet}!${c.column}${c.row}`));
      for (let i = changes.length - 1; i >= 0; i--) if (numbered.has(`${changes[i].sheet}!${changes[i].column}${changes[i].row}`)) changes.splice(i, 1);
      changes.push(...renumber);
    }
  }
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const col = (c: string) => c.length * 1000 + c.charCodeAt(0) * 10 + (c.charCodeAt(1) || 0);
  return changes.sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row || col(a.column) - col(b.column));
}
