// Where office outputs (annotated copies, fixed copies) go, and the promise behind them:
// an output never overwrites an input. One input writes to the file given; several inputs
// (or a folder given) write one copy each into that folder, mirroring their relative paths.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
export function canonicalPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Same file by path, symlink or hard link. */
export function isSameFile(a: string, b: string): boolean {
  if (canonicalPath(a) === canonicalPath(b)) return true;
  try {
    const sa = statSync(a), sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export type OutputPlan = { ok: true; outputs: Map<string, string> } | { ok: false; message: string };

export interface PlanWords {
  notXlsx: (out: string) => string;
  needsFolder: (out: string) => string;
  isInput: (out: string, input: string) => string;
}

function looksLikeFolder(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(sep)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false;
  }
}

/** The copy of an input is always .xlsx: a CSV input becomes a workbook of text cells. */
function copyName(input: string): string {
  const ext = extname(input);
  return ext.toLowerCase() === '.xlsx' ? basename(input) : `${basename(input, ext)}.xlsx`;
}

function commonFolder(paths: string[]): string {
  const dirs = paths.map((p) => dirname(resolve(p)).split(sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** Plans one output per input; refuses when any output would be one of the inputs. */
export function planOutputs(inputs: string[], out: string, words: PlanWords, avoid: string[] = []): OutputPlan {
  const outputs = new Map<string, string>();
  if (inputs.length === 1 && !looksLikeFolder(out)) {
    if (!/\.xlsx$/i.test(out)) return { ok: false, message: words.notXlsx(out) };
    outputs.set(inputs[0], out);
  } else {
    if ((existsSync(out) || /\.(xlsx|xlsm|xls|csv|et|ods)$/i.test(out)) && !looksLikeFolder(out)) return { ok: false, message: words.needsFolder(out) };
    const base = commonFolder(inputs);
    const taken = new Set<string>();
    for (const input of inputs) {
      const rel = relative(base, dirname(resolve(input)));
      let target = join(out, rel, copyName(input));
      // a.csv and a.xlsx side by side would both become a.xlsx
      if (taken.has(canonicalPath(target))) target = join(out, rel, `${basename(input)}.xlsx`);
      taken.add(canonicalPath(target));
      outputs.set(input, target);
    }
  }
  for (const target of outputs.values()) {
    for (const input of [...inputs, ...avoid]) {
      if (isSameFile(target, input)) return { ok: false, message: words.isInput(target, input) };
    }
  }
  return { ok: true, outputs };
}
