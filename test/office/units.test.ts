// The small pieces under the office outputs: character-level fixes, output planning, safe text.
import { describe, expect, it } from 'vitest';
import { linkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixChannelMarkers, fixNameSpaces, trimLines } from '../../src/fix/text.js';
import { applyChars } from '../../src/fix/types.js';
import { isSameFile, planOutputs } from '../../src/annotate/paths.js';
import { escapeHtml, jsonForScript, looksLikeFormula, neutralizeForCsv } from '../../src/annotate/safe.js';
import { tempDir } from './helpers.js';

const run = (fn: (t: string) => string[] | null, text: string) => {
  const map = fn(text);
  return map ? applyChars(text, map) : text;
};

describe('fixNameSpaces', () => {
  it.each([
    ['乡镇人民 政府', '乡镇人民政府'],
    ['公安\n分局', '公安分局'],
    ['审核\r\n信息', '审核信息'],
    ['  出生登记　', '出生登记'],
    ['1.1 岗位信息发布', '1.1 岗位信息发布'], // a space after a number prefix is kept
    ['国家预案   自治区预案', '国家预案   自治区预案'], // a wide gap may separate two things
    ['Wi-Fi 热点', 'Wi-Fi 热点'],
  ])('%j → %j', (input, want) => expect(run((t) => fixNameSpaces(t), input)).toBe(want));

  it('keeps a gap after a body name in a subject cell', () => {
    const keep = (before: string) => /(局|府|街道)$/.test(before);
    expect(run((t) => fixNameSpaces(t, keep), '区民政局\n各镇街')).toBe('区民政局\n各镇街');
    expect(run((t) => fixNameSpaces(t, keep), '区民政 局')).toBe('区民政局');
  });
});

describe('trimLines', () => {
  it.each([
    ['■政府网站   \n■广播电视  \n', '■政府网站\n■广播电视'],
    ['a\r\n\r\n b ', 'a\nb'],
    ['  x', 'x'],
  ])('%j → %j', (input, want) => expect(run(trimLines, input)).toBe(want));
  it('returns null when nothing changes', () => expect(trimLines('a\nb')).toBeNull());
});

describe('fixChannelMarkers', () => {
  it.each([
    ['▄政府网站;口政府公报;口两微一端', '■政府网站;□政府公报;□两微一端'],
    ['▲政府网站 □其他', '■政府网站 □其他'],
    ['R政府網站 £政府公報', '■政府網站 □政府公報'],
    ['☑政府网站 ☐政府公报', '■政府网站 □政府公报'],
    ['■政府网站 □出入口公示', '■政府网站 □出入口公示'], // 口 inside a word is not a marker
    ['■政府网站 ■QR码', '■政府网站 ■QR码'],
  ])('%j → %j', (input, want) => expect(run(fixChannelMarkers, input)).toBe(want));
});

describe('planOutputs', () => {
  const words = { notXlsx: (o: string) => `notXlsx ${o}`, needsFolder: (o: string) => `needsFolder ${o}`, isInput: (o: string, i: string) => `isInput ${o} ${i}` };

  it('refuses the input itself, through a symlink and a hard link', () => {
    const dir = tempDir('cc-paths-');
    const input = join(dir, 'a.xlsx');
    writeFileSync(input, 'x');
    symlinkSync(input, join(dir, 'link.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    for (const out of [input, join(dir, 'link.xlsx'), join(dir, 'hard.xlsx'), join(dir, '.', 'a.xlsx')]) {
      expect(planOutputs([input], out, words)).toEqual({ ok: false, message: expect.stringContaining('isInput') });
    }
    expect(isSameFile(input, join(dir, 'b.xlsx'))).toBe(false);
  });

  it('mirrors relative paths in a folder, and names CSV copies .xlsx without clashes', () => {
    const plan = planOutputs(['/d/x/a.xlsx', '/d/x/a.csv', '/d/y/b.csv'], '/out', words);
    expect(plan).toEqual({ ok: true, outputs: new Map([['/d/x/a.xlsx', '/out/x/a.xlsx'], ['/d/x/a.csv', '/out/x/a.csv.xlsx'], ['/d/y/b.csv', '/out/y/b.xlsx']]) });
  });

  it('wants .xlsx for one output file', () => {
    expect(planOutputs(['/d/a.csv'], '/out/a.csv', words)).toEqual({ ok: false, message: 'notXlsx /out/a.csv' });
  });
});

describe('safe text', () => {
  it('spots formula starts and neutralises them for CSV', () => {
    for (const t of ['=1+1', '+1', '-1', '@SUM(1)', '\t=1', '\r=1']) expect(looksLikeFormula(t)).toBe(true);
    expect(looksLikeFormula('公开')).toBe(false);
    expect(neutralizeForCsv('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });
  it('escapes HTML and inline JSON', () => {
    expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect(jsonForScript({ s: '</script><!--\u2028' })).toBe('{"s":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
  });
});

describe('fixChannelMarkers with markers glued to the text before', () => {
  it('reads 口 after a whole channel name as a marker', () => {
    expect(run(fixChannelMarkers, '■政府网站口政府公报口两微一端')).toBe('■政府网站□政府公报□两微一端');
  });
});
