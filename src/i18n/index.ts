// User-facing text is Chinese by default and English with --lang en.
export type Lang = 'zh' | 'en';

export interface Localized {
  zh: string;
  en: string;
}

// A template split once into literal text and placeholder names, alternating
// (literal, key, literal, …, literal): a lint run words thousands of findings from a few
// dozen templates. Templates are the rules' own constants, so the cache stays small; the
// bound only guards against a caller passing ever-new templates.
const compiled = new Map<string, string[]>();
const COMPILED_MAX = 1000;
const PLACEHOLDER = /\{(\w+)\}/g;

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]);
    last = m.index! + m[0].length;
  }
  parts.push(template.slice(last));
  if (compiled.size >= COMPILED_MAX) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

const placeholderNames = new Map<string, string[]>();

/** The distinct placeholder names of a template, in order (the compiled parts at odd indexes). */
export function placeholders(template: string): string[] {
  let names = placeholderNames.get(template);
  if (!names) {
    const parts = compile(template);
    names = [...new Set(parts.filter((_, i) => i % 2 === 1))];
    if (placeholderNames.size >= COMPILED_MAX) placeholderNames.clear();
    placeholderNames.set(template, names);
  }
  return names;
}

/** Fills {name} placeholders from data. Unknown placeholders stay visible, so a typo shows. */
export function format(template: string, data: Record<string, unknown> = {}): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

export function localize(text: Localized, lang: Lang, data?: Record<string, unknown>): string {
  return format(text[lang], data);
}
