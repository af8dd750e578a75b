// Reads a 公开时限 cell and says whether it sets a time limit. Pure, so every wording from
// shared/domain/variants.md §8 is unit-tested (test/rules/lib/time-limit.test.ts).
//
// A cell passes when some part of it is concrete: a count of days/hours/months, a frequency,
// a standing publication (长期公开, 动态更新), real time, or an event it must precede.
// A part that has none of those but says 及时/按规定/适时 … is vague: it names no deadline a
// reviewer could check. Text with neither is left alone (truncated or unusual wordings).
import { TextMemo } from './memo.js';

export type TimeLimitKind = 'deadline' | 'frequency' | 'standing' | 'realtime' | 'beforeEvent' | 'vague' | 'unrecognised' | 'empty';

export interface TimeLimitPart {
  text: string;
  kind: TimeLimitKind;
  /** For vague parts: the word that made it vague (as written in the normalised text). */
  word?: string;
}

export interface TimeLimitReading {
  /** The whole cell's verdict: vague when any part is vague, else the first concrete kind. */
  kind: TimeLimitKind;
  parts: TimeLimitPart[];
}

export interface TimeLimitOptions {
  /** Extra words that make a part vague (local wordings). */
  vagueWords?: string[];
  /** Extra wordings accepted as a time limit. */
  acceptWords?: string[];
}

// Characters seen on traditional-character mirror pages, only those the patterns use.
const TRADITIONAL: Record<string, string> = {
  個: '个', 內: '内', 時: '时', 實: '实', 長: '长', 態: '态', 調: '调', 規: '规', 適: '适', 週: '周',
  開: '开', 關: '关', 間: '间', 應: '应', 進: '进', 況: '况', 設: '设', 須: '须', 於: '于', 後: '后',
  歲: '岁', 滿: '满', 盡: '尽', 隨: '随', 嚴: '严', 準: '准', 條: '条', 變: '变', 動: '动', 當: '当',
  無: '无', 則: '则', 執: '执', 續: '续', 義: '义', 數: '数', 學: '学', 會: '会', 議: '议', 發: '发',
};

/** NFKC, traditional → simplified for the characters above, all whitespace removed. */
export function normaliseTimeLimit(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u4e00-\u9fff]/g, (ch) => TRADITIONAL[ch] ?? ch)
    .replace(/\s+/g, '');
}

const NUMBER = '[0-9一二两三四五六七八九十百半]+';
// Checked in order; the first that matches names the part's kind.
const PATTERNS: [TimeLimitKind, RegExp][] = [
  ['realtime', /实时|即时|同步|当日|当天|即日|次日|立即|随到随/],
  ['standing', /长期|常态化|常态|常年|永久|动态(更新|调整|公开|维护|管理)|持续(公开|更新)|全年/],
  [
    'frequency',
    /每(个)?(日|天|周|星期|旬|月|季度?|年度?|半年|学期|学年|批|次)|按(日|周|月|季度?|年度?|半年|学期|批次?)|(月度|季度|年度|半年度?|学期|学年)(公开|更新|发布|报告|结束|终了|初|末|前|后|内)|[一二两三四1-9](年|季度?|月|周)一次|\d+次|一年一|一季一|一月一/,
  ],
  // "20个工作日内", "10日", "24小时", "3个月", "一周", "半年", "30个自然日"
  ['deadline', new RegExp(`${NUMBER}(个)?(工作日|自然日|日|天|小时|个?月|周|星期|年|分钟|旬)`)],
  // An event the publication must precede: "开标前", "征收决定公告前".
  // 前 must end the phrase: "前期工作" is not "before".
  ['beforeEvent', /[\u4e00-\u9fff0-9]{2,}(之)?(前|以前|之前)(?=$|[,，;；。.、:：(（)）0-9]|公开|发布|公示|公布|完成|张贴|予以|向社会|在|通过)/],
];

// Most specific first, so the reported word is the one a reader recognises.
const VAGUE_WORDS = [
  '按照有关规定', '按照相关规定', '按有关规定', '按相关规定', '根据有关规定', '根据相关规定', '依照有关规定',
  '按照规定', '根据规定', '依照规定', '按规定', '依规定', '有关规定', '相关规定',
  '法定时限', '法定期限', '规定的时限', '规定的期限', '规定的时间', '规定时限', '规定期限', '规定时间', '规定要求',
  '按进展情况', '根据进展', '按进展', '根据工作进展', '根据工作需要', '视情况', '视工作', '根据情况', '根据实际',
  '不定期', '定期', '及时', '适时', '尽快', '随时', '第一时间', '按时', '按要求', '根据要求', '依法', '依规',
  '必要时', '需要时', '有需要',
];

/** Splits a compound cell: "1.…;2.…", "…；其中…", sentences, line breaks. */
export function splitParts(normalised: string): string[] {
  return normalised
    .split(/[;；。\n]|(?<=[^0-9])(?=\d+[.、)](?!\d))/)
    .map((p) => p.replace(/^\d+[.、)](?!\d)/, '').replace(/^[,，.:：]+|[,，.:：]+$/g, ''))
    .filter((p) => p !== '');
}

// "法律法规另有规定的，从其规定" qualifies the part before it; it is not a time limit of its own.
const QUALIFIER = /另有规定|从其规定|另有要求/;

function classifyPart(part: string, vagueWords: string[], acceptWords: string[]): TimeLimitPart {
  if (acceptWords.some((w) => w && part.includes(w))) return { text: part, kind: 'deadline' };
  for (const [kind, re] of PATTERNS) {
    if (kind === 'beforeEvent') {
      // "提前" is not an event; "提前一周" is already a deadline above.
      const m = re.exec(part.replace(/提前/g, ''));
      if (m) return { text: part, kind };
      continue;
    }
    if (re.test(part)) return { text: part, kind };
  }
  const word = QUALIFIER.test(part) ? undefined : vagueWords.find((w) => w && part.includes(w));
  return word ? { text: part, kind: 'vague', word } : { text: part, kind: 'unrecognised' };
}

const readings = new TextMemo<TimeLimitReading>();
// With extra words the key starts with their JSON, which holds no raw U+0000.
const readingsWithWords = new TextMemo<TimeLimitReading>();

/** Reads one 公开时限 cell. The reading is shared between equal cells: do not modify it. */
export function classifyTimeLimit(text: string, options: TimeLimitOptions = {}): TimeLimitReading {
  const vague = options.vagueWords ?? [];
  const accept = options.acceptWords ?? [];
  if (vague.length === 0 && accept.length === 0) return readings.get(text) ?? readings.set(text, readTimeLimit(text, vague, accept));
  const key = `${JSON.stringify([vague, accept])}\u0000${text}`;
  return readingsWithWords.get(key) ?? readingsWithWords.set(key, readTimeLimit(text, vague, accept));
}

function readTimeLimit(text: string, extraVague: string[], extraAccept: string[]): TimeLimitReading {
  const normalised = normaliseTimeLimit(text);
  if (normalised === '') return { kind: 'empty', parts: [] };
  const vagueWords = [...extraVague.map(normaliseTimeLimit), ...VAGUE_WORDS];
  const acceptWords = extraAccept.map(normaliseTimeLimit);
  const parts = splitParts(normalised).map((p) => classifyPart(p, vagueWords, acceptWords));
  if (parts.length === 0) return { kind: 'unrecognised', parts };
  const vague = parts.find((p) => p.kind === 'vague');
  if (vague) return { kind: 'vague', parts };
  const concrete = parts.find((p) => p.kind !== 'unrecognised');
  return { kind: concrete ? concrete.kind : 'unrecognised', parts };
}
