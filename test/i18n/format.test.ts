// Messages are filled from templates that are parsed once and reused.
import { describe, expect, it } from 'vitest';
import { format, localize } from '../../src/i18n/index.js';

describe('format', () => {
  it('fills every placeholder from data, each time from that call’s data', () => {
    expect(format('事项“{item}”第 {row} 行', { item: '甲', row: 3 })).toBe('事项“甲”第 3 行');
    expect(format('事项“{item}”第 {row} 行', { item: '乙', row: 12 })).toBe('事项“乙”第 12 行');
    expect(format('{a}{a}{b}', { a: 1, b: '' })).toBe('11');
  });

  it('leaves unknown placeholders visible and other braces alone', () => {
    expect(format('{known} {unknown} {not a key} {}', { known: 'x' })).toBe('x {unknown} {not a key} {}');
    expect(format('plain text')).toBe('plain text');
    expect(format('')).toBe('');
  });

  it('inserts data as written, $ patterns included', () => {
    expect(format('{v}', { v: "$& $1 $$ $'" })).toBe("$& $1 $$ $'");
  });

  it('picks the language', () => {
    expect(localize({ zh: '第{n}行', en: 'row {n}' }, 'en', { n: 2 })).toBe('row 2');
  });
});
