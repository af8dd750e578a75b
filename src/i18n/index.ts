// User-facing text is Chinese by default and English with --lang en.
export type Lang = 'zh' | 'en';

export interface Localized {
  zh: string;
  en: string;
}

/** Fills {name} placeholders from data. Unknown placeholders stay visible, so a typo shows. */
export function format(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(text: Localized, lang: Lang, data?: Record<string, unknown>): string {
  return format(text[lang], data);
}
