// Expands command-line inputs (files, folders recursively) into a sorted list of files.
// A path that does not exist stays in the list, so it is reported as unreadable.
import { readdirSync, statSync } from 'node:fs';
import { join, extname, basename } from 'node:path';

// Folders yield spreadsheets of every kind, so an .xls or .et among the catalogs gets its
// "save it as .xlsx" message instead of being silently passed over.
export const CATALOG_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.xls', '.et', '.ods', '.numbers']);

export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) { seen.add(p); out.push(p); }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      add(p);
      continue;
    }
    if (isDir) for (const f of walk(p)) add(f);
    else add(p);
  }
  return out;
}

function walk(dir: string, visited = new Set<string>()): string[] {
  let real: string;
  try {
    real = statSync(dir).ino + ':' + statSync(dir).dev;
  } catch {
    return [];
  }
  if (visited.has(real)) return []; // a symlink loop
  visited.add(real);
  const files: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [dir];
  }
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) files.push(...walk(full, visited));
    // ~$ files are Office lock files, not catalogs.
    else if (CATALOG_EXTENSIONS.has(extname(name).toLowerCase()) && !basename(name).startsWith('~$')) files.push(full);
  }
  return files;
}
