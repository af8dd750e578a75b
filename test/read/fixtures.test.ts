// Reader behaviour on workbooks made by LibreOffice (fixtures/read, sources beside them).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/model/index.js';
import { addressOf } from '../../src/model/location.js';
import type { CatalogItem } from '../../src/model/types.js';
import { contentText, level1Name, ROWS, BLOCK } from '../../fixtures/tools/make-large.mjs';

const only = (path: string) => {
  const wb = loadCatalog(path);
  const tables = wb.sheets.flatMap((s) => s.tables);
  expect(tables).toHaveLength(1);
  return { wb, table: tables[0] };
};
const roleOf = (table: ReturnType<typeof only>['table'], column: string) => table.columns.find((c) => c.column === column);

describe('title row, two-row merged header, labels broken by spaces and line breaks', () => {
  const { table } = only('fixtures/read/title-two-row-header.xlsx');

  it('finds the header under the title and maps every column', () => {
    expect(table.title).toBe('户籍管理领域基层政务公开标准目录');
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.domain).toMatchObject({ name: '户籍管理', known: true, source: 'title' });
    const roles = table.columns.map((c) => `${c.column}:${c.role}${c.mark ? ':' + c.mark : ''}`);
    expect(roles).toEqual([
      'A:seq', 'B:name1', 'C:name2', 'D:content', 'E:basis', 'F:timeLimit', 'G:subject', 'H:channel',
      'I:audience:public', 'J:audience:specific', 'K:mode:active', 'L:mode:onRequest', 'M:level:county', 'N:level:township',
    ]);
    expect(table.missingElements).toEqual([]);
  });

  it('gives a vertically merged 一级事项 to every row of its block, and records the merge', () => {
    expect(table.items.map((i) => i.name.full)).toEqual(['户口登记/出生登记', '户口登记/死亡注销', '户口登记/迁入登记', '居民身份证办理/首次申领']);
    const second = table.items[1].name.levels[0];
    expect(addressOf(second.cell)).toBe('Sheet1!B5');
    expect(second.mergedFrom && addressOf(second.mergedFrom)).toBe('Sheet1!B4');
    expect(second.raw).toBe('');
  });

  it('resolves 同上 to the value above and remembers the cell said 同上, even along a chain', () => {
    const [first, second, third] = table.items;
    expect(second.basis).toMatchObject({ text: first.basis!.text, raw: '同上', sameAsAbove: true });
    expect(third.basis).toMatchObject({ text: first.basis!.text, sameAsAbove: true });
    expect(second.timeLimit?.text).toBe('信息形成或者变更之日起20个工作日内');
    expect(third.timeLimit?.sameAsAbove).toBeUndefined();
  });

  it('parses the channel checklist (■ □ and 口) and plain lists', () => {
    const [first, second, third] = table.items;
    expect(first.channel?.style).toBe('checklist');
    expect(first.channel?.chosen).toEqual(['政府网站', '两微一端', '公开查阅点', '政务服务中心']);
    expect(first.channel?.entries).toHaveLength(13);
    expect(second.channel?.entries.map((e) => [e.label, e.chosen])).toEqual([['政府网站', true], ['政府公报', false], ['两微一端', true]]);
    expect(third.channel).toMatchObject({ style: 'list', chosen: ['政府网站', '公开查阅点'] });
  });

  it('reads marks and splits subjects into bodies', () => {
    const third = table.items[2];
    expect(third.audience?.chosen).toEqual(['specific']);
    expect(third.mode?.chosen).toEqual(['onRequest']);
    expect(third.level?.chosen).toEqual(['county', 'township']);
    expect(third.subject?.bodies).toEqual(['区公安分局', '各镇人民政府（街道办事处）']);
  });

  it('reads the notes row below the table as a note, not an item', () => {
    expect(table.skippedRows).toEqual([{ row: 8, reason: 'note' }]);
    expect(table.notes[0]).toMatch(/^注：标准目录要素说明/);
  });
});

describe('three-level 事项 with a leading 一级目录 and an unknown column', () => {
  const { table } = only('fixtures/read/three-level.xlsx');
  it('maps the three levels and keeps the unknown column', () => {
    expect(table.columns.filter((c) => c.role.startsWith('name')).map((c) => c.role)).toEqual(['name1', 'name2', 'name3']);
    expect(table.items.map((i: CatalogItem) => i.name.full)).toEqual([
      '最低生活保障/政策文件/法规政策', '最低生活保障/政策文件/办事指南', '最低生活保障/审核信息/审核结果', '最低生活保障/审核信息/救助对象名单',
    ]);
    expect(table.items[0].name.category?.text).toBe('救助服务');
    expect(table.items[3].extra['责任科室']?.text).toBe('社会救助科');
    expect(table.items[1].mode?.chosen).toEqual(['active']);
  });
});

describe('rich text, several sheets, an instructions sheet and an empty one', () => {
  const wb = loadCatalog('fixtures/read/rich-text-multi-sheet.xlsx');
  it('skips the non-catalog sheets with a note saying so', () => {
    expect(wb.sheets.map((s) => [s.name, s.kind, s.skipReason])).toEqual([
      ['填表说明', 'skipped', 'instructions'], ['社会救助', 'catalog', undefined], ['空白', 'skipped', 'empty'],
    ]);
    expect(wb.notes.filter((n) => n.kind === 'sheet-skipped').map((n) => n.sheet)).toEqual(['填表说明', '空白']);
  });
  it('turns rich-text runs into plain text and remembers they were rich', () => {
    const [first, second] = wb.sheets[1].tables[0].items;
    expect(first.name.full).toBe('临时救助/急难型救助');
    expect(first.name.levels[0].richText).toBe(true);
    expect(first.content).toMatchObject({ text: '救助标准、申请条件', richText: true });
    expect(second.name.levels[0]).toMatchObject({ text: '临时救助', richText: true });
    expect(second.basis).toMatchObject({ text: '●《社会救助暂行办法》', sameAsAbove: true });
  });
});

describe('CSV exports', () => {
  it('detects GB18030 without being told, and carries an empty 一级事项 down', () => {
    const { wb, table } = only('fixtures/read/户籍管理-导出.gbk.csv');
    expect(wb.encoding).toBe('gb18030');
    expect(table.domain.name).toBe('户籍管理');
    expect(table.items.map((i) => i.name.full)).toEqual(['户口迁移/市外迁入', '户口迁移/市内迁移']);
    expect(table.items[1].name.levels[0].inherited).toBe(true);
    expect(table.items[1].content?.text).toBe('办理条件；䶮字姓名户口说明');
    expect(table.items[1].basis).toMatchObject({ text: '《中华人民共和国户口登记条例》', sameAsAbove: true });
    expect(table.items[0].content?.cell).toMatchObject({ row: 2, column: 'D' });
  });
  it('reads UTF-8 with a BOM', () => {
    const { wb, table } = only('fixtures/read/社会救助-导出.utf8bom.csv');
    expect(wb.encoding).toBe('utf-8-bom');
    expect(table.columns[0].header).toBe('序号');
    expect(table.items.map((i) => i.name.full)).toEqual(['临时救助/急难型救助', '临时救助/支出型救助']);
  });
});

describe('a 10,000-row catalog with a merged 一级事项 every few rows', () => {
  it('reads every item with every Chinese character intact', () => {
    const { table } = only('fixtures/large/catalog-10000.xlsx');
    expect(table.items).toHaveLength(ROWS);
    table.items.forEach((item, i) => {
      if (item.content?.text !== contentText(i)) expect(item.content?.text, `row ${item.row}`).toBe(contentText(i));
      if (item.name.levels[0].text !== level1Name(Math.floor(i / BLOCK))) expect(item.name.levels[0].text).toBe(level1Name(Math.floor(i / BLOCK)));
    });
    expect(table.items[ROWS - 1].row).toBe(ROWS + 3);
  });
});
