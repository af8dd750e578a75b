// classifySubject caches classifications by cell text; the table's context is part of the answer.
import { describe, expect, it } from 'vitest';
import { classifySubject } from '../../src/subjects/index.js';
import { parseSubject } from '../../src/model/elements.js';
import type { CatalogTable, CellValue } from '../../src/model/types.js';

const cell = (text: string): CellValue => ({ text, raw: text, cell: { sheet: 'S', row: 1, column: 'G', col: 7 } });
const table = (title?: string) => ({ sheet: 'Sheet1', title, levelColumns: [] }) as unknown as CatalogTable;
const kinds = (text: string, t: CatalogTable, path: string) => classifySubject(parseSubject(cell(text)), t, path).map((b) => b.kind);

describe('classifySubject', () => {
  it('reads the same cell by each table’s own context', () => {
    // In a county-level city's catalog a bare 市 prefix is the catalog's own tier.
    expect(kinds('市民政局', table(), 'catalogs/目录.xlsx')).toEqual(['city']);
    expect(kinds('市民政局', table(), 'catalogs/浙江省金华市东阳市目录.xlsx')).toEqual(['district']);
    expect(kinds('市民政局', table('东阳市政务公开标准目录'), 'catalogs/目录.xlsx')).toEqual(['district']);
    expect(kinds('市民政局', table(), 'catalogs/other.xlsx')).toEqual(['city']);
  });

  it('classifies the bodies it is given, even for text seen before with other bodies', () => {
    const t = table();
    expect(classifySubject(parseSubject(cell('区民政局、区公安分局')), t, 'a.xlsx').map((b) => b.text)).toEqual(['区民政局', '区公安分局']);
    const hand = { value: cell('区民政局、区公安分局'), bodies: ['区民政局'] };
    expect(classifySubject(hand, t, 'a.xlsx').map((b) => b.text)).toEqual(['区民政局']);
  });
});
