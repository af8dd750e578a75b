// The four formats as a reviewer receives them: markdown that renders as a table with every
// catalog text intact and harmless, JSON valid against the shipped schema, HTML escaped and
// self-contained, text without colour codes when colour is off.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadCatalog } from '../../src/model/index.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { DIFF_REPORTERS } from '../../src/diff/report/index.js';
import { mdCell } from '../../src/diff/report/markdown.js';
import type { CatalogDiff } from '../../src/diff/types.js';

const dir = 'fixtures/diff';
const diff = (a: string, b: string) => diffCatalogs(loadCatalog(`${dir}/${a}`), loadCatalog(`${dir}/${b}`));
const ctx = { lang: 'zh' as const, color: false, toolVersion: '1.2.3' };

/** The rendered tables of a markdown document: rows of cell texts (header row first). */
function renderedTables(markdown: string): { rows: string[][]; html: string[] }[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const tables: { rows: string[][]; html: string[] }[] = [];
  let row: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'table_open') tables.push({ rows: [], html: [] });
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close') tables[tables.length - 1].rows.push(row!);
    else if (t.type === 'inline' && row) {
      row.push((t.children ?? []).map((c) => (c.type === 'html_inline' && c.content === '<br>' ? '\n' : c.content)).join(''));
      for (const c of t.children ?? []) if (c.type === 'html_inline') tables[tables.length - 1].html.push(c.content);
    }
  }
  return tables;
}

// A diff whose texts try everything: table breaks, markup, HTML, formulas.
const hostile: CatalogDiff = {
  old: { path: 'old|<b>.xlsx' },
  new: { path: 'new.xlsx' },
  summary: { added: 1, removed: 0, renamed: 0, changed: 1, unchanged: 0, breaking: false },
  tables: [{
    pairedBy: 'domain', notes: [], unchanged: 0,
    old: { sheet: 'S', title: null, domain: '社会救助', items: 1 },
    new: { sheet: 'S', title: null, domain: '社会救助', items: 2 },
    items: [
      {
        status: 'changed', breaking: false,
        old: { sheet: 'S', row: 4, address: 'S!C4', name: '综合业务/政策*法规*', content: '' },
        new: { sheet: 'S', row: 4, address: 'S!C4', name: '综合业务/政策*法规*', content: '' },
        changes: [{ element: 'content', old: '=HYPERLINK("http://x","点我")', new: '<script>alert(1)</script> | [链接](http://x)\n@所有人', oldAddress: 'S!D4', newAddress: 'S!D4' }],
      },
      { status: 'added', breaking: false, old: null, new: { sheet: 'S', row: 5, address: 'S!C5', name: '+新增|事项', content: '-1 | `代码`' }, changes: [] },
    ],
  }],
};

describe('markdown', () => {
  it('renders as a summary and one table a reviewer can paste as is', () => {
    const md = DIFF_REPORTERS.markdown(diff('base.xlsx', 'revised.xlsx'), ctx);
    expect(md).toContain('**新增 1 项，删除 1 项，更名 1 项，修改 4 项（未变 3 项）**');
    expect(md).toContain('不符合“只增不减”');
    const [table, ...more] = renderedTables(md);
    expect(more).toHaveLength(0);
    expect(table.rows[0]).toEqual(['变化', '事项', '位置', '要素', '原内容', '新内容']);
    expect(table.rows.every((r) => r.length === 6)).toBe(true);
    expect(table.html.every((h) => h === '<br>')).toBe(true);
    const byItem = new Map(table.rows.map((r) => [r[1], r]));
    expect(byItem.get('综合业务/政策法规')).toEqual(['修改', '综合业务/政策法规', '第4行', '公开方式', '主动、依申请', '主动\n取消：依申请']);
    expect(byItem.get('最低生活保障/审批结果')![5]).toContain('新增渠道：两微一端');
    expect(byItem.get('最低生活保障/低保办事指南')!.slice(3)).toEqual(['公开事项名称', '最低生活保障/办事指南', '最低生活保障/低保办事指南']);
    expect(byItem.get('特困人员救助供养/审核信息')![0]).toBe('删除 ⚠️');
    // "|" inside the new item's content stays in its cell; a cell starting with "-" or "+" gets a leading '.
    expect(byItem.get('临时救助/咨询服务')![5]).toBe("'+86-23-67821234 | 工作日9:00—17:00");
    expect(byItem.get('综合业务/监督管理')![5]).toBe("'- 社会救助监督检查投诉电话\n- 通讯地址、电子邮箱");
  });

  it('keeps hostile text as text: no markup, no HTML, no formula at a cell start', () => {
    const md = DIFF_REPORTERS.markdown(hostile, ctx);
    const [table] = renderedTables(md);
    expect(table.rows.every((r) => r.length === 6)).toBe(true);
    expect(table.html.every((h) => h === '<br>')).toBe(true);
    const [, changed, added] = table.rows;
    expect(changed[1]).toBe('综合业务/政策*法规*');
    expect(changed[4]).toBe('\'=HYPERLINK("http://x","点我")');
    expect(changed[5]).toBe('<script>alert(1)</script> | [链接](http://x)\n@所有人');
    expect(added[1]).toBe("'+新增|事项");
    expect(added[5]).toBe("'-1 | `代码`");
    expect(new MarkdownIt({ html: true }).render(md)).not.toMatch(/<(script|a|b|em|code)[ >]/);
  });

  it('escapes each formula-starting character', () => {
    for (const ch of ['=', '+', '-', '@']) expect(mdCell(`${ch}1`)).toBe(`'${ch}1`);
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('一\n\n二')).toBe('一<br>二');
  });

  it('says so when nothing changed', () => {
    const md = DIFF_REPORTERS.markdown(diff('base.xlsx', 'unmerged.xlsx'), ctx);
    expect(md).toContain('没有实质变化');
    expect(renderedTables(md)).toHaveLength(0);
  });
});

describe('json', () => {
  const schema = JSON.parse(readFileSync('schema/diff.schema.json', 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const pairs: [string, string][] = [['base.xlsx', 'revised.xlsx'], ['multi-old.xlsx', 'multi-new.xlsx'], ['base.xlsx', 'multi-new.xlsx'], ['multi-new.xlsx', 'base.xlsx'], ['base.xlsx', 'noise.xlsx']];
  for (const [a, b] of pairs) {
    it(`${a} → ${b} validates against schema/diff.schema.json`, () => {
      const doc = JSON.parse(DIFF_REPORTERS.json(diff(a, b), ctx));
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(doc.tool).toEqual({ name: 'catalog-check', version: '1.2.3' });
    });
  }

  it('the schema rejects an undocumented field', () => {
    const doc = JSON.parse(DIFF_REPORTERS.json(diff('base.xlsx', 'revised.xlsx'), ctx));
    doc.tables[0].items[0].changes[0].message = 'x';
    expect(validate(doc)).toBe(false);
  });
});

describe('html', () => {
  it('is one self-contained page with the versions side by side, all text escaped', () => {
    const html = DIFF_REPORTERS.html(hostile, ctx);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('old|&lt;b&gt;.xlsx');
    const real = DIFF_REPORTERS.html(diff('base.xlsx', 'revised.xlsx'), ctx);
    expect(real).toContain('<td class="old"><del>信息形成或者变更之日起20</del>个工作日内</td><td class="new"><ins>初审结束后5</ins>个工作日内<ins>，公示期7天</ins></td>');
    expect(real).toContain('<ins>两微一端</ins>');
    expect(real).toContain('<del>依申请</del>');
  });
});

describe('text', () => {
  it('has no colour codes when colour is off, and ends with the summary', () => {
    const text = DIFF_REPORTERS.text(diff('base.xlsx', 'revised.xlsx'), ctx);
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('公开方式：取消：依申请');
    expect(text).toContain('公开渠道和载体：新增渠道：两微一端');
    expect(text).toContain('- 删除  特困人员救助供养/审核信息  原第10行  ⚠ 不符合“只增不减”');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual(['新增 1 项，删除 1 项，更名 1 项，修改 4 项（未变 3 项）', '⚠ 删除了 1 个事项，不符合“只增不减”（公开事项只增不减）']);
  });

  it('speaks English with --lang en', () => {
    const text = DIFF_REPORTERS.text(diff('base.xlsx', 'revised.xlsx'), { ...ctx, lang: 'en' });
    expect(text).toContain('disclosure mode: dropped: 依申请');
    expect(text).toContain('1 added, 1 removed, 1 renamed, 4 changed (3 unchanged)');
  });

  it('shows escape sequences and bidi overrides from cells and file names as visible escapes', () => {
    const sneaky: CatalogDiff = JSON.parse(JSON.stringify(hostile));
    sneaky.new.path = 'new\u001b]0;pwned\u0007.xlsx';
    sneaky.tables[0].items[0].changes[0].new = '区民政局\u202e局政民区\u001b[2J';
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = DIFF_REPORTERS[format](sneaky, ctx);
      expect(out, format).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(out, format).toContain('u202e');
    }
    // JSON keeps the data exact (JSON.stringify escapes the C0 controls itself).
    expect(JSON.parse(DIFF_REPORTERS.json(sneaky, ctx)).new.path).toBe(sneaky.new.path);
  });

  it('colours on request', () => {
    expect(DIFF_REPORTERS.text(diff('base.xlsx', 'edited.xlsx'), { ...ctx, color: true })).toMatch(/\u001b\[/);
  });
});
