// The model's cells make their CellRef when first read (src/model/cell-value.ts). Whatever
// reads a cell — a rule, the dump's JSON, a spread copy, a worker's v8.deserialize — must see
// the same plain data as when every cell carried its CellRef.
import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { cellValue, cellValueKey, columnPlace } from '../../src/model/cell-value.js';
import { refKey } from '../../src/model/location.js';
import { itemCells } from '../../src/model/cells.js';
import { loadCatalog } from '../../src/model/index.js';
import { compactLabel, foldText } from '../../src/model/text.js';

const place = columnPlace('目录', 'G', 7);
const origin = { sheet: '目录', row: 4, column: 'G', col: 7 };

describe('cell values', () => {
  it('show a plain CellRef, the same object on every read', () => {
    const v = cellValue('县民政局', '县民政局', place, 9);
    expect(v.cell).toEqual({ sheet: '目录', row: 9, column: 'G', col: 7 });
    expect(Object.keys(v.cell)).toEqual(['sheet', 'row', 'column', 'col']);
    expect(v.cell).toBe(v.cell);
    expect(place.row).toBe(0); // the shared place is never handed out or changed
  });

  it('serialise, spread and clone as plain data with keys in the model order', () => {
    const v = cellValue('同上', '', place, 9, origin);
    v.sameAsAbove = true;
    const plain = { text: '同上', raw: '', cell: { sheet: '目录', row: 9, column: 'G', col: 7 }, mergedFrom: origin, sameAsAbove: true };
    expect(JSON.stringify(v)).toBe(JSON.stringify(plain));
    expect(JSON.stringify({ ...v })).toBe(JSON.stringify(plain));
    expect(JSON.stringify(deserialize(serialize(v)))).toBe(JSON.stringify(plain));
    expect(JSON.stringify(structuredClone(v))).toBe(JSON.stringify(plain));
    expect('cell' in v).toBe(true);
  });

  it('key like refKey(value.cell), for plain cell values too', () => {
    const v = cellValue('√', '√', place, 12);
    expect(cellValueKey(v)).toBe(refKey({ sheet: '目录', row: 12, column: 'G', col: 7 }));
    expect(cellValueKey({ text: '', raw: '', cell: origin })).toBe(refKey(origin));
  });
});

describe('a built catalog', () => {
  const workbook = loadCatalog('fixtures/samples/01_福建省泉州市洛江区_户籍管理.xlsx');
  const table = workbook.sheets.flatMap((s) => s.tables)[0];

  it('lists each cell of an item once, by its place', () => {
    for (const item of table.items) {
      const cells = itemCells(item);
      const keys = cells.map((v) => refKey(v.cell));
      expect(new Set(keys).size).toBe(keys.length);
      expect(cells.map((v) => v.cell.row).every((row) => row === item.row)).toBe(true);
    }
  });

  it('survives v8 serialisation (reference catalogs sent to workers) unchanged', () => {
    expect(JSON.stringify(deserialize(serialize(workbook)))).toBe(JSON.stringify(workbook));
  });
});

describe('folding', () => {
  it('keeps plain text as it is and folds full-width, compatibility and traditional forms', () => {
    expect(foldText('公开内容、依据“√■”abc')).toBe('公开内容、依据“√■”abc');
    expect(foldText('公开内容（要素）')).toBe('公开内容(要素)');
    expect(foldText('㈱Ｎｏ')).toBe('(株)No');
    expect(foldText('公開層級')).toBe('公开层级');
    expect(compactLabel('公 開\u3000對象')).toBe('公开对象');
  });
});
