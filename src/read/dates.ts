// Excel stores dates as serial day numbers; the cell's number format says it is a date.

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
export const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format is a date when it uses y/m/d/h/s outside quoted text and [colour] blocks. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export function formatDateSerial(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return String(serial);
  // Day 0 is 1899-12-30 once Excel's phantom 1900-02-29 is accounted for.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86400000);
  const d = new Date(epoch + ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  if (serial < 1) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return secs === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
