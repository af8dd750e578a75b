// --fix -o: a fixed copy for what needs no judgement, every change listed, the copy linted.
// Round trip: what needs judgement is still reported on the copy, what was fixed is gone
// (fixing the copy again finds nothing), and the input is byte-identical.
import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { readWorkbook } from '../../src/read/index.js';
import { loadCatalog } from '../../src/model/index.js';
import { planFixes } from '../../src/fix/plan.js';
import { RULES } from '../../rules/index.js';
import { cli, cliJson, OFFICE, sha256, tempDir, type JsonFinding } from './helpers.js';

const dir = tempDir('cc-fix-');
const out = join(dir, '修正.xlsx');
const key = (f: JsonFinding) => `${f.ruleId}|${f.sheet}|${f.column}${f.row}`;

describe('--fix on a catalog with fixable and judgement-needing problems', () => {
  const before = sha256(OFFICE.fix);
  let original: JsonFinding[];
  let fixed: JsonFinding[];
  let text: ReturnType<typeof cli>;

  beforeAll(() => {
    original = cliJson([OFFICE.fix]).report.findings;
    text = cli([OFFICE.fix, '--fix', '-o', out]);
    fixed = cliJson([out]).report.findings;
  });

  it('lists each change with its cell, before and after', () => {
    expect(text.stdout).toContain(`已修正 ${OFFICE.fix} → ${out}（12 处）：`);
    expect(text.stdout).toContain('Sheet1!H4  渠道标记  "▲政府网站 口政府公报 口两微一端 口发布会/听证会 □广播电视" → "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视"');
    expect(text.stdout).toContain('Sheet1!H5  渠道标记  "R政府网站 £政府公报 R公开查阅点" → "■政府网站 □政府公报 ■公开查阅点"');
    expect(text.stdout).toContain('Sheet1!C5  多余空格  "审核\\n信息" → "审核信息"');
    expect(text.stdout).toContain('Sheet1!E5  写出“同上”  "同上" → "●《社会救助暂行办法》（国务院令第649号）"');
    expect(text.stdout).toContain('Sheet1!A6  重排序号  "2" → "3"');
    expect(text.stdout).toContain('Sheet1!G7  多余空格  "区民政 局" → "区民政局"');
    expect(text.stdout).toContain('需要判断的问题没有改动');
    // then the report of the copy: what is left to do by hand
    expect(text.stdout).toContain('公开主体“相关部门”是模板文字');
    expect(text.code).toBe(1);
  });

  it('writes the fixes into the copy and leaves judgement alone', () => {
    const rows = readWorkbook(out).sheets[0].rows;
    const cell = (a1: string) => rows[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65];
    expect(cell('H4')).toBe('■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视');
    expect(cell('C4')).toBe('政策文件');
    expect(cell('F5')).toBe('信息形成或者变更之日起20个工作日内');
    expect([cell('A4'), cell('A5'), cell('A6'), cell('A7')]).toEqual(['1', '2', '3', '4']);
    expect(cell('D4')).toBe('同上'); // nothing above it: a person has to say what it means
    expect(cell('G6')).toBe('相关部门');
    expect(cell('E7')).toBeUndefined();
    expect(cell('F7')).toBe('及时');
  });

  it('keeps every judgement-needing finding and brings no new one', () => {
    const fixable = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id));
    const changed = new Set(planFixes(loadCatalog(OFFICE.fix)).map((c) => `${c.sheet}|${c.column}${c.row}`));
    const left = new Set(fixed.map(key));
    for (const f of original) {
      if (fixable.has(f.ruleId)) expect(left.has(key(f)), key(f)).toBe(false);
      else if (!changed.has(`${f.sheet}|${f.column}${f.row}`)) expect(left.has(key(f)), key(f)).toBe(true);
    }
    const had = new Set(original.map(key));
    expect(fixed.filter((f) => !had.has(key(f)))).toEqual([]);
    expect(fixed.map((f) => f.ruleId).sort()).toEqual(['audience-unmarked', 'element-empty', 'element-empty', 'subject-level-mismatch', 'subject-placeholder', 'time-limit-vague']);
  });

  it('leaves nothing to fix in the copy', () => {
    expect(planFixes(loadCatalog(out))).toEqual([]);
    const again = cli([out, '--fix', '-o', join(dir, 'again.xlsx')]);
    expect(again.stdout).toContain('没有可自动修正的内容');
  });

  it('never touches the input', () => {
    expect(sha256(OFFICE.fix)).toBe(before);
  });
});

describe('--fix guards', () => {
  it('needs -o, and says why', () => {
    const run = cli([OFFICE.fix, '--fix']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fix 需要用 -o 指定修正后副本的保存位置（原文件不会被修改）');
  });

  it('refuses to write over the input', () => {
    const before = sha256(OFFICE.fix);
    const run = cli([OFFICE.fix, '--fix', '-o', OFFICE.fix]);
    expect(run.code).toBe(2);
    expect(sha256(OFFICE.fix)).toBe(before);
  });

  it('lists the changes on stderr when stdout carries JSON', () => {
    const run = cli([OFFICE.fix, '--fix', '-o', join(dir, 'json.xlsx'), '--format', 'json']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain('渠道标记');
    expect(JSON.parse(run.stdout).files[0].path).toBe(join(dir, 'json.xlsx'));
  });

  it('fixes a sample with 口 and ▄ markers without changing what is chosen', () => {
    const sample = 'fixtures/samples/06_山东省枣庄市_安全生产.xlsx';
    const target = join(dir, 'sample.xlsx');
    const run = cli([sample, '--fix', '-o', target]);
    expect(run.stdout).toContain('"▄政府网站;口政府公报;');
    const chosen = (path: string) => loadCatalog(path).sheets.flatMap((s) => s.tables.flatMap((t) => t.items.map((i) => i.channel?.chosen)));
    expect(chosen(target)).toEqual(chosen(sample));
    expect(readWorkbook(target).sheets[0].rows[3]?.[9]).toMatch(/^■政府网站;□政府公报;/);
  });
});

describe('--fix renumbers 序号 that number groups of merged rows', () => {
  it('numbers the groups 1, 2, 3 and keeps the merges', () => {
    const input = 'fixtures/office/fix/序号按组合并.xlsx';
    const target = join(dir, 'groups.xlsx');
    const run = cli([input, '--fix', '-o', target]);
    expect(run.stdout).toContain('Sheet1!A6  重排序号  "1" → "2"');
    const [before, after] = [readWorkbook(input).sheets[0], readWorkbook(target).sheets[0]];
    expect([4, 6, 8].map((r) => after.rows[r - 1]?.[0])).toEqual(['1', '2', '3']);
    const sorted = (m: typeof before.merges) => [...m].sort((x, y) => x.top - y.top || x.left - y.left);
    expect(sorted(after.merges)).toEqual(sorted(before.merges));
  });
});
