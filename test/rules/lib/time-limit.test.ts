// The 公开时限 classifier over every wording listed in shared/domain/variants.md §8, plus the
// vague wordings the self-check notice has in mind. A real deadline must never warn.
import { describe, expect, it } from 'vitest';
import { classifyTimeLimit, splitParts } from '../../../rules/lib/time-limit.js';

// variants.md §8 "Deadlines", verbatim.
const DEADLINES = [
  '制定或获取信息之日起10个工作日内',
  '信息形成或者变更之日起20个工作日内',
  '形成或者变更之日起20个工作日内予以公开',
  '公开事项信息形成或变更之日起20个工作日内公开',
  '制作或获取信息之日起7个工作日内',
  '自收到申请之日起20个工作日内公开',
  '本级人民代表大会或其常务委员会批准后20日内',
  '收到征地批准文件之日起10个工作日内公开。',
  '信息形成或变更之日起3个工作日内',
  '20个工作日',
];

// §8 "Frequencies or non-deadlines" that are real time limits, and the compound and broken cells.
const ACCEPTED = [
  '半年至少更新1次',
  '永久公开',
  '实时公开',
  '提前一周发通知邀请',
  '长期公开(动态调整)',
  '长期公开（动态调整）',
  '1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。',
  '信息形成或者变更之日起20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
  '制 定 或 获 取 信 息之日起 10 个 工作日内',
  '信息形成或者变更之日起20个工作日内予以公',
  '信息形成個20個工作日內公開',
  '信息形成(变更)下发至本单位20个工作日内',
  // wordings the rule documents as accepted
  '24小时内',
  '实时',
  '每季度',
  '每月更新',
  '每年公开一次',
  '按季度公开',
  '年度终了后3个月内',
  '定期（每季度）公开',
  '长期公开',
  '常态化公开',
  '动态更新',
  '即时公开',
  '征收决定公告前',
  '每学期开学前公开',
  '及时公开，最迟不超过信息形成之日起20个工作日',
  '信息形成之日起20个工作日内;法律法规另有规定的,从其规定',
];

// §8 vague wordings, and the ones the brief names: the word reported is the one in the cell.
const VAGUE: [string, string][] = [
  ['及时公开', '及时'],
  ['按进展情况及时公开', '按进展情况'],
  ['按规定公开', '按规定'],
  ['按照有关规定及时公开', '按照有关规定'],
  ['适时公开', '适时'],
  ['定期公开', '定期'],
  ['依法公开', '依法'],
  ['尽快公开', '尽快'],
  ['在法定时限内公开', '法定时限'],
  ['及時公開', '及时'],
  ['在条例规定的时限内公开', '规定的时限'],
  ['随时更新', '随时'],
  ['及时公开前期工作情况', '及时'],
];

describe('classifyTimeLimit', () => {
  it.each(DEADLINES)('accepts the deadline %s', (text) => {
    expect(classifyTimeLimit(text).kind).toBe('deadline');
  });

  it.each(ACCEPTED)('accepts %s', (text) => {
    const { kind } = classifyTimeLimit(text);
    expect(kind).not.toBe('vague');
    expect(kind).not.toBe('unrecognised');
  });

  it.each(VAGUE)('finds %s vague, because of %s', (text, word) => {
    const reading = classifyTimeLimit(text);
    expect(reading.kind).toBe('vague');
    expect(reading.parts.find((p) => p.kind === 'vague')?.word).toBe(word);
  });

  it('names the kinds of the usual wordings', () => {
    expect(classifyTimeLimit('实时公开').kind).toBe('realtime');
    expect(classifyTimeLimit('长期公开(动态调整)').kind).toBe('standing');
    expect(classifyTimeLimit('半年至少更新1次').kind).toBe('frequency');
    expect(classifyTimeLimit('每季度').kind).toBe('frequency');
    expect(classifyTimeLimit('开标前').kind).toBe('beforeEvent');
    expect(classifyTimeLimit('').kind).toBe('empty');
    expect(classifyTimeLimit('   ').kind).toBe('empty');
  });

  it('warns on a compound cell when one of its parts is vague', () => {
    const reading = classifyTimeLimit('1.政策文件:及时公开;2.审批结果:20个工作日内');
    expect(reading.kind).toBe('vague');
    expect(reading.parts.map((p) => p.kind)).toEqual(['vague', 'deadline']);
    expect(reading.parts[0].text).toBe('政策文件:及时公开');
  });

  it('leaves text it cannot read alone instead of guessing', () => {
    expect(classifyTimeLimit('信息形成或变更之日起').kind).toBe('unrecognised');
  });

  it('takes extra vague and accepted wordings from the options', () => {
    expect(classifyTimeLimit('随案公开', { vagueWords: ['随案'] }).kind).toBe('vague');
    expect(classifyTimeLimit('及时公开', { acceptWords: ['及时公开'] }).kind).toBe('deadline');
    // Readings are cached by text; the words are part of the answer.
    expect(classifyTimeLimit('随案公开').kind).toBe('unrecognised');
    expect(classifyTimeLimit('及时公开').kind).toBe('vague');
  });
});

describe('splitParts', () => {
  it('splits numbered and semicolon-separated parts', () => {
    expect(splitParts('1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。')).toEqual([
      '除处罚决定外其他内容:长期公开(动态调整)',
      '处罚决定:20个工作日内',
    ]);
  });
  it('does not split decimals', () => {
    expect(splitParts('0.5个工作日')).toEqual(['0.5个工作日']);
  });
});
