// Personal data that must not sit in a published catalog: an 18-digit resident identity
// number (GB 11643-1999, with its ISO 7064 MOD 11-2 check character) and a mainland mobile
// number. Pure text functions; the rule privacy-personal-data decides where to look.

export type PersonalDataKind = 'residentId' | 'mobile';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** The number as written. */
  value: string;
  /** The number with its middle hidden, safe to print: 5101**********1234, 138****5678. */
  masked: string;
  index: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character GB 11643 gives the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/**
 * An 18-character resident ID: a province code 11–82, a real birth date from 1900 on, and the
 * right check character. The date and the code keep other 18-digit numbers (credit codes,
 * serials) out: a random number passes the check character alone one time in eleven.
 */
export function isResidentId(text: string, today: Date = new Date()): boolean {
  if (!/^\d{17}[\dXx]$/.test(text)) return false;
  const province = Number(text.slice(0, 2));
  if (province < 11 || province > 82) return false;
  const year = Number(text.slice(6, 10));
  const month = Number(text.slice(10, 12));
  const day = Number(text.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  if (birth.getTime() > today.getTime()) return false;
  return residentIdCheckChar(text) === text[17].toUpperCase();
}

export function maskResidentId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`;
}

export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

// Digit runs not inside a longer run of digits or Latin letters (a credit code, a serial).
const ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// Mobile numbers may be written 138 1234 5678 or 138-1234-5678; +86 / 86 in front is allowed.
const MOBILE_CANDIDATE = /(?<![0-9A-Za-z.\-－])(?:(?:\+|＋)?86[\s-]?)?(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?![0-9A-Za-z]|\.\d)/g;
// After the number: 号 (a 文号: 〔2020〕13800138000号 is no phone), a unit of money or count, a date word.
const NOT_MOBILE_AFTER = /^\s*(号|元|万|亿|年|月|日|次|人|户|个|件|份|平方|亩|%|％)/;
// Before the number: 第 (第13800138000号), a bracket of a 文号, a currency sign.
const NOT_MOBILE_BEFORE = /(第|〔|\[|【|¥|￥|\$)\s*$/;

// A text without 11 digits in a row or a 3-4 grouping holds neither kind of number.
const MAY_HOLD_NUMBER = /\d{11}|\d{3}[\s-]\d{4}/;

/**
 * Whether findPersonalData could find anything in text: a quick test for callers that scan
 * every cell, nearly all of which hold no number at all.
 */
export function mayHoldPersonalData(text: string): boolean {
  // Both patterns need at least 8 characters; most cells (marks, 序号) are shorter.
  return text.length >= 8 && MAY_HOLD_NUMBER.test(text);
}

/** Every resident ID and mobile number in a text, in order. `today` defaults to now. */
export function findPersonalData(text: string, today?: Date): PersonalDataHit[] {
  if (!mayHoldPersonalData(text)) return [];
  const hits: PersonalDataHit[] = [];
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(ID_CANDIDATE)) {
    if (isResidentId(m[0], today)) hits.push({ kind: 'residentId', value: m[0], masked: maskResidentId(m[0]), index: m.index! });
  }
  for (const m of t.matchAll(MOBILE_CANDIDATE)) {
    const digits = m[1].replace(/[\s-]/g, '');
    if (digits.length !== 11) continue;
    const before = t.slice(Math.max(0, m.index! - 3), m.index!);
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    if (NOT_MOBILE_BEFORE.test(before) || NOT_MOBILE_AFTER.test(after)) continue;
    hits.push({ kind: 'mobile', value: m[0], masked: maskMobile(digits), index: m.index! });
  }
  return hits.sort((a, b) => a.index - b.index);
}
