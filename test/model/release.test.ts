// buildCatalog consumes its RawWorkbook: each data row is let go once its item is read, so a
// large sheet's raw cells and its model are not both held in full (src/model/build.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/read/index.js';
import { buildCatalog } from '../../src/model/build.js';

const SAMPLES = join(__dirname, '../../fixtures/samples');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).slice(0, 6);

describe('building releases raw rows', () => {
  it.each(files)('%s: every item row is emptied, header rows are kept', (name) => {
    const path = join(SAMPLES, name);
    const raw = readWorkbook(path);
    const model = buildCatalog(raw);
    let items = 0;
    model.sheets.forEach((sheet) => {
      const rawSheet = raw.sheets.find((s) => s.name === sheet.name)!;
      for (const table of sheet.tables) {
        for (const item of table.items) {
          items++;
          expect(rawSheet.rows[item.row - 1]).toEqual([]);
          expect(Object.isFrozen(rawSheet.rows[item.row - 1])).toBe(true);
        }
        // The header is not a data row: it keeps its cells.
        expect(rawSheet.rows[table.headerRows[0] - 1]?.some(Boolean)).toBe(true);
      }
    });
    expect(items).toBeGreaterThan(0);
  });
});
