import { describe, expect, it } from 'vitest';
import { bigrams, dice, MatchIndex, nameKey, type ScoreMode } from '../../src/coverage/match.js';

describe('nameKey', () => {
  it('ignores spaces, full/half-width punctuation, brackets and quotes', () => {
    expect(nameKey('市内户口迁移（含投靠落户）')).toBe(nameKey('市内户口迁移(含投靠落户)'));
    expect(nameKey('转业、复员、退伍军人 恢复户口')).toBe(nameKey('转业,复员,退伍军人恢复户口'));
    expect(nameKey('《居住证》办理“指南”。')).toBe('居住证办理指南');
  });
});

describe('MatchIndex', () => {
  const index = new MatchIndex([
    { text: '户口迁出', payload: 'a' },
    { text: '市内户口迁移（含投靠落户）', payload: 'b' },
    { text: '居民身份证首次申领', payload: 'c' },
  ]);

  it('finds exact names through the hash map', () => {
    expect(index.exact('市内户口迁移(含投靠落户)').map((c) => c.payload)).toEqual(['b']);
    expect(index.exact('户口迁出办理')).toEqual([]);
  });

  it('finds similar names above the threshold, best first', () => {
    const [best] = index.similar('户口迁出办理', 0.6);
    expect(best.payload).toBe('a');
    expect(best.score).toBeCloseTo(0.75);
    expect(index.similar('死亡注销户口', 0.6)).toEqual([]);
  });

  it('cover counts a short name written out inside a longer one; contain only the query side', () => {
    expect(index.similar('户口迁出办理', 0.8, 'dice')).toEqual([]);
    expect(index.similar('迁出', 0.9, 'cover').map((c) => c.payload)).toEqual(['a']);
    expect(index.similar('身份证首次申领', 0.9, 'contain').map((c) => c.payload)).toEqual(['c']);
  });

  // Prefix filtering must never lose a candidate that scores above the threshold.
  it('returns exactly what comparing every pair would return', () => {
    const chars = '户口迁移出生登记居民身份证申领办理条件流程材料'.split('');
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 2 + Math.floor(rand() * 8) }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const entries = Array.from({ length: 300 }, (_, i) => ({ text: word(), payload: i }));
    const idx = new MatchIndex(entries);
    const score = (q: string, e: string, mode: ScoreMode) => {
      const qg = bigrams(q);
      const eg = new Set(bigrams(e));
      const s = qg.filter((g) => eg.has(g)).length;
      const d = (2 * s) / (qg.length + eg.size);
      return mode === 'dice' ? d : mode === 'contain' ? s / qg.length : Math.max(d, s / qg.length);
    };
    for (const mode of ['dice', 'cover', 'contain'] as const) {
      for (const threshold of [0.4, 0.6, 0.8]) {
        for (let k = 0; k < 20; k++) {
          const q = word();
          const expected = entries.filter((e) => score(q, e.text, mode) >= threshold - 1e-12).map((e) => e.payload).sort((a, b) => a - b);
          const got = idx.similar(q, threshold, mode, Infinity).map((c) => c.payload).sort((a, b) => a - b);
          expect(got, `${mode} ${threshold} ${q}`).toEqual(expected);
        }
      }
    }
  });

  it('dice agrees with the index', () => {
    expect(dice('户口迁出', '户口迁出办理')).toBeCloseTo(0.75);
  });
});
