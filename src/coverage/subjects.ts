// The --subjects file: the district's departments and its townships and streets. Reading it,
// and deciding whether a publishing subject named in a catalog is one of them.
import type { RawWorkbook } from '../read/types.js';
import { compactLabel } from '../model/text.js';
import { bigrams, nameKey } from './match.js';
import type { SubjectEntry, SubjectReference } from './types.js';

const NAME_HEADER = /^(名称|单位名称|单位|单位全称|全称|部门|部门名称|机构名称|机构|主体|主体名称|公开主体|乡镇街道|乡镇\(街道\)|镇街|区县政府部门|区政府部门|县政府部门|政府部门)$/;
const ALIAS_HEADER = /^(简称|别名|曾用名|其他名称|又称)$/;
const SKIP_HEADER = /^(序号|编号|类别|类型|备注|说明|层级)$/;

/** A township government or street office, as a name: …乡, …镇, …街道 (with or without 人民政府 / 办事处). */
const TOWNSHIP = /(乡|镇|街道)(人民政府|政府|办事处|街道办事处)?$/;

// A district prefix ("重庆市渝北区", "区", "石柱土家族自治县") and the government suffixes of
// township bodies are dropped for comparison, so 区民政局 = 渝北区民政局 = 民政局 and
// 龙溪街道 = 龙溪街道办事处.
// A city prefix is dropped only with a district after it: 重庆市民政局 is a city department.
const DISTRICT_PREFIX = /^(重庆市|.{2,4}省.{2,5}市|.{2,5}市)?.{0,10}?(自治县|区|县|旗)/;

function withoutGovernmentSuffix(key: string): string {
  return key.replace(/街道办事处$/, '街道').replace(/(人民政府|政府|办事处)$/, '');
}

/** The keys a body name is known by; two names are the same body when their keys meet. */
export function subjectKeys(name: string): string[] {
  const full = nameKey(name);
  const keys = new Set<string>([full]);
  const noDistrict = full.replace(DISTRICT_PREFIX, '');
  if (noDistrict.length >= 2) keys.add(noDistrict);
  for (const k of [...keys]) {
    const bare = withoutGovernmentSuffix(k);
    if (bare !== k && bare.length >= 2 && TOWNSHIP.test(k)) keys.add(bare);
  }
  keys.delete('');
  return [...keys];
}

export function isTownshipName(name: string): boolean {
  return TOWNSHIP.test(nameKey(name));
}

/** Reads the subjects file: a name column (and 简称 aliases), or every name-like cell. */
export function readSubjects(workbook: RawWorkbook, file: string): SubjectReference {
  const entries: SubjectEntry[] = [];
  const push = (name: string, sheet: string, row: number) => {
    const text = name.replace(/\s+/g, '').trim();
    if (!text || /^(\d+|无|暂无|[\/\-—－]+)$/.test(text)) return;
    entries.push({ name: text, file, sheet, row, township: isTownshipName(text) });
  };
  for (const sheet of workbook.sheets) {
    const headerRow = sheet.rows.slice(0, 10).findIndex((row) => row?.some((c) => c && NAME_HEADER.test(compactLabel(c))));
    if (headerRow >= 0) {
      const header = sheet.rows[headerRow]!;
      const nameCols = header.flatMap((c, i) => (c && NAME_HEADER.test(compactLabel(c)) ? [i] : []));
      const aliasCols = header.flatMap((c, i) => (c && ALIAS_HEADER.test(compactLabel(c)) ? [i] : []));
      for (let r = headerRow + 1; r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (const c of nameCols) if (row[c]) push(row[c]!, sheet.name, r + 1);
        for (const c of aliasCols) for (const alias of (row[c] ?? '').split(/[、,，;；\n]/)) push(alias, sheet.name, r + 1);
      }
      continue;
    }
    // No header: a plain list, one name per cell. A title or label row at the top is skipped.
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell) => {
        if (!cell) return;
        const label = compactLabel(cell);
        if (SKIP_HEADER.test(label) || /名单|清单|目录|一览表/.test(label)) return;
        push(cell, sheet.name, r + 1);
      });
    });
  }
  const keys = new Map<string, SubjectEntry>();
  for (const entry of entries) for (const key of subjectKeys(entry.name)) if (!keys.has(key)) keys.set(key, entry);
  return { file, entries, keys };
}

// 各乡镇人民政府（街道办事处）, 乡镇（街道）, 各镇街, 相关街道办事处: every township body at once.
const COLLECTIVE_LEAD = /^(全区|全县|辖区内?|区内|县内)?(各|相关|有关|所属|涉及的?)?/;
const COLLECTIVE_TOWNSHIP = /^(乡镇|乡|镇|街道|镇街|街镇|乡镇街道|镇乡|乡镇街)(人民政府|政府)?(街道办事处|办事处|街道)?(人民政府|政府)?$/;
// 相关部门, 各有关单位, 区级相关部门: no body named at all; subject-placeholder reports those.
const COLLECTIVE_OTHER = /^(全区|全县|区级|县级|区县级)?(各|相关|有关|其他|涉及的?)+(职能|行政|主管|业务|责任)?(部门|单位|机构|科室)$/;

export type SubjectVerdict =
  | { kind: 'listed'; entry: SubjectEntry }
  | { kind: 'townships' }
  | { kind: 'no-townships' }
  | { kind: 'placeholder' }
  | { kind: 'unknown'; suggestions: string[] };

/** Whether a body named in a catalog's 公开主体 is in the subjects list. */
export function checkSubject(body: string, subjects: SubjectReference): SubjectVerdict {
  const key = nameKey(body);
  if (!key) return { kind: 'placeholder' };
  const lead = key.replace(COLLECTIVE_LEAD, '');
  if (COLLECTIVE_TOWNSHIP.test(lead)) {
    return subjects.entries.some((e) => e.township) ? { kind: 'townships' } : { kind: 'no-townships' };
  }
  if (COLLECTIVE_OTHER.test(key)) return { kind: 'placeholder' };
  // 区民政局（区社会救助管理站）: the body, the text without the bracket, or the bracket itself.
  const variants = [body, body.replace(/[（(][^）)]*[）)]/g, ''), ...[...body.matchAll(/[（(]([^）)]+)[）)]/g)].map((m) => m[1])];
  for (const variant of variants) {
    for (const k of subjectKeys(variant)) {
      const entry = subjects.keys.get(k);
      if (entry) return { kind: 'listed', entry };
    }
  }
  return { kind: 'unknown', suggestions: suggestSubjects(body, subjects) };
}

// Words every department name shares; suggestions compare what is left (民政, 人力社保 …).
const GENERIC = /人民政府|政府|人民|委员会|办公室|部门|主管|行政|管理|服务|中心|分局|级|局|委|办|区|县|市|乡镇|街道/g;

function core(name: string): string {
  const keys = subjectKeys(name);
  return (keys[keys.length - 1] ?? nameKey(name)).replace(GENERIC, '');
}

/** Up to three listed names closest to the body, by the bigrams of their distinctive part. */
export function suggestSubjects(body: string, subjects: SubjectReference, limit = 3): string[] {
  const target = new Set(bigrams(core(body)));
  const targetChars = new Set(core(body));
  const scored: { name: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const entry of subjects.entries) {
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    const c = core(entry.name);
    const grams = bigrams(c);
    let shared = 0;
    for (const g of grams) if (target.has(g)) shared++;
    const bigramDice = grams.length + target.size > 0 ? (2 * shared) / (grams.length + target.size) : 0;
    // Abbreviations (人力社保 for 人力资源和社会保障) share characters more than bigrams.
    const chars = new Set(c);
    const charShared = [...chars].filter((ch) => targetChars.has(ch)).length;
    const charDice = chars.size + targetChars.size > 0 ? (2 * charShared) / (chars.size + targetChars.size) : 0;
    const score = Math.max(bigramDice, 0.6 * charDice);
    if (score >= 0.3) scored.push({ name: entry.name, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit).map((s) => s.name);
}
