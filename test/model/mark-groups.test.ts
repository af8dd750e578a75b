import { describe, expect, it } from 'vitest';
import { fillMerges } from '../../src/model/grid.js';
import { itemPlan, readItem } from '../../src/model/items.js';
import type { ColumnMapping } from '../../src/model/types.js';

describe('mark groups', () => {
  it('say which marks are chosen in groups wider than 31 columns too', () => {
    // 34 level columns: column 0 is 市级, column 32 村级, the rest 县级. Row 2 ticks only column 32.
    const width = 34;
    const columns = [{ role: 'name1', col: 1, column: 'A', header: '事项', labels: ['事项'] }] as ColumnMapping[];
    for (let i = 0; i < width; i++) {
      const mark = i === 0 ? 'city' : i === 32 ? 'village' : 'county';
      columns.push({ role: 'level', mark, col: i + 2, column: 'X', header: `L${i}`, labels: [`L${i}`] } as ColumnMapping);
    }
    const row = (ticked: number) => ['名称', ...Array.from({ length: width }, (_, i) => (i === ticked ? '√' : ''))];
    const grid = fillMerges({ rows: [row(0), row(32)], merges: [], info: new Map() } as never);
    const plan = itemPlan('S', grid, columns, [columns[0], undefined, undefined] as never, []);
    const first = readItem(plan, 0, undefined, 0);
    const second = readItem(plan, 1, first, 1);
    expect(first.level?.chosen).toEqual(['city']);
    expect(second.level?.chosen).toEqual(['village']);
  });
});
