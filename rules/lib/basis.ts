// Reads a 公开依据 cell: which documents it cites (《…》 titles, bare law names, 文号) and which
// template phrases it carries ("各地配套政策法规文件", "相关政策规定"). Pure, so the wordings of
// shared/domain/variants.md §7 are unit-tested (test/rules/lib/basis.test.ts).
import { TextMemo } from './memo.js';

export interface BasisReading {
  /** 《…》 titles, including one cut off by a truncated cell ("《法律援"). */
  titles: string[];
  /** Law names written without 《》 ("中华人民共和国土地管理法"). */
  bareTitles: string[];
  /** Document numbers: 〔2020〕58号, 国令第711号, 主席令第28号, 财农[2016]26 … */
  numbers: string[];
  /** Template phrases a district should have replaced with its own documents. */
  templates: string[];
  /** Titles that are themselves placeholders ("《重庆市XX年…实施方案》"). */
  placeholderTitles: string[];
}

export interface BasisOptions {
  /** Extra template phrases (local wordings). */
  templatePhrases?: string[];
}

const TITLE = /《([^《》]*(?:《[^《》]*》[^《》]*)*)》/g;
// A cell cut off inside a title: "…《法律援" at the end.
const CUT_TITLE = /《([^《》]{2,})$/;
// 〔2020〕58号, (2014)74号, [2020]5号, 〔201455号 (bracket lost), 财农[2016]26; the issuer
// abbreviation in front tells a 文号 from a year in a title such as "(2016-2020年)".
const NUMBERS = [
  /[\u4e00-\u9fff]{1,10}[〔\[(［【]\s*(?:19|20)\d{2}\s*[〕\])］】]?\s*\d{1,4}\s*号?/g,
  /(?:国务院|国|主席|省政府|市政府|部|委|局|总局)令\s*(?:第\s*)?\d+\s*号?/g,
  /第\s*\d+\s*号\s*令/g,
  /公告\s*(?:19|20)\d{2}\s*年?\s*第\s*\d+\s*号/g,
];
// Names of laws and regulations written without 《》.
const BARE_TITLE = /(?:中华人民共和国|国务院|中共中央|[\u4e00-\u9fff]{2,6}(?:省|市|自治区))[\u4e00-\u9fff、“”]{2,40}?(?:法|条例|办法|细则|规定|意见|通知|决定|规则|规划|方案|标准)(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{3,20}(?:法|条例)(?![\u4e00-\u9fff规律])/g;
// Words that make a bare name generic rather than a document: "相关法律法规", "依法".
const GENERIC = /相关|有关|配套|各地|各级|各类|上级|依法|等法|其他|及其/;

const TEMPLATE_PHRASES = [
  /各地(?:的)?(?:配套|相关|有关)?(?:的)?政策(?:法规)?(?:文件)?/g,
  /(?:国家|国家和|国家及|省|省市|上级)?(?:相关|有关|配套)(?:的)?(?:政策|法律|法规|规定|文件|制度|规章|要求)+(?:文件)?/g,
  /(?:信息|政务)公开(?:相关)?规定/g,
  /(?:及|和|等)(?:其他)?(?:相关|有关)?(?:法律法规|规定|文件|政策)/g,
  // "各省“七五”普法规划": every province's plan, not this district's.
  /各(?:省|市|地|区县|县|区)[\u4e00-\u9fff“”"]{0,10}?(?:规划|文件|规定|政策|办法)/g,
];
const PLACEHOLDER = /XX|××|xx|\*\*|＊＊|某某|○○/;

function unique(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

/** Drops phrases contained in a longer one found too ("相关规定" inside "及相关规定"). */
function outermost(list: string[]): string[] {
  const all = unique(list);
  return all.filter((p) => !all.some((q) => q !== p && q.includes(p)));
}

const readings = new TextMemo<BasisReading>();
// With extra phrases the key starts with their JSON, which holds no raw U+0000.
const readingsWithPhrases = new TextMemo<BasisReading>();

/** Reads one 公开依据 cell. The reading is shared between equal cells: do not modify it. */
export function readBasis(text: string, options: BasisOptions = {}): BasisReading {
  const phrases = options.templatePhrases ?? [];
  if (phrases.length === 0) return readings.get(text) ?? readings.set(text, parseBasis(text, phrases));
  const key = `${JSON.stringify(phrases)}\u0000${text}`;
  return readingsWithPhrases.get(key) ?? readingsWithPhrases.set(key, parseBasis(text, phrases));
}

function parseBasis(text: string, templatePhrases: string[]): BasisReading {
  const folded = text.normalize('NFKC').replace(/[ \t\u3000]+/g, ' ');
  const titles = [...folded.matchAll(TITLE)].map((m) => m[1]);
  const cut = CUT_TITLE.exec(folded);
  if (cut) titles.push(cut[1]);
  // Outside the titles: what is left is where numbers, bare names and template text live.
  const outside = folded.replace(TITLE, ' ').replace(CUT_TITLE, ' ');
  const numbers = NUMBERS.flatMap((re) => [...folded.matchAll(re)].map((m) => m[0]));
  const bareTitles = [...outside.matchAll(BARE_TITLE)].map((m) => m[0]).filter((name) => !GENERIC.test(name));
  const extra = templatePhrases.filter(Boolean);
  const templates = [
    ...TEMPLATE_PHRASES.flatMap((re) => [...outside.matchAll(re)].map((m) => m[0])),
    ...extra.filter((p) => folded.includes(p.normalize('NFKC'))),
  ];
  return {
    titles: unique(titles),
    bareTitles: unique(bareTitles),
    numbers: unique(numbers.map((n) => n.replace(/\s+/g, ''))),
    templates: outermost(templates),
    placeholderTitles: unique(titles.filter((t) => PLACEHOLDER.test(t))),
  };
}

/** Whether the cell cites at least one real document. */
export function citesDocument(reading: BasisReading): boolean {
  const real = reading.titles.filter((t) => !PLACEHOLDER.test(t) && t.replace(/\s/g, '') !== '');
  return real.length > 0 || reading.bareTitles.length > 0 || reading.numbers.length > 0;
}
