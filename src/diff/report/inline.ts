// Character-level highlight of what changed inside one cell, for the text and HTML views.
// An LCS over characters shows "20" → "10" as one small edit rather than the whole sentence;
// one-character islands of sameness between edits are folded in, so a rewritten phrase reads
// as a phrase and not as confetti. Long cells fall back to trimming the common prefix and
// suffix, which costs nothing.

export interface Segment {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/** Beyond this many character pairs the LCS table is not worth its memory. */
const MAX_CELLS = 250_000;

export function inlineDiff(a: string, b: string): Segment[] {
  const ca = [...a];
  const cb = [...b];
  let p = 0;
  while (p < ca.length && p < cb.length && ca[p] === cb[p]) p++;
  let s = 0;
  while (s < ca.length - p && s < cb.length - p && ca[ca.length - 1 - s] === cb[cb.length - 1 - s]) s++;
  const midA = ca.slice(p, ca.length - s);
  const midB = cb.slice(p, cb.length - s);
  const middle = midA.length * midB.length <= MAX_CELLS ? lcsSegments(midA, midB) : [{ kind: 'del' as const, text: midA.join('' ) }, { kind: 'ins' as const, text: midB.join('') }];
  return tidy([{ kind: 'same', text: ca.slice(0, p).join('') }, ...middle, { kind: 'same', text: ca.slice(ca.length - s).join('') }]);
}

function lcsSegments(a: string[], b: string[]): Segment[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i:] and b[j:], flattened.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = a[i] === b[j] ? lengths[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1]);
    }
  }
  const out: Segment[] = [];
  const push = (kind: Segment['kind'], ch: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (j < m && (i === n || lengths[i * (m + 1) + j + 1] >= lengths[(i + 1) * (m + 1) + j])) { push('ins', b[j]); j++; }
    else { push('del', a[i]); i++; }
  }
  return out;
}

/** Drops empty segments, folds short same-runs between edits into the edits, merges neighbours, dels before inses. */
function tidy(segments: Segment[]): Segment[] {
  let list = segments.filter((x) => x.text !== '');
  list = list.flatMap((x, k) => {
    const between = k > 0 && k < list.length - 1 && list[k - 1].kind !== 'same' && list[k + 1].kind !== 'same';
    return x.kind === 'same' && between && [...x.text].length <= 1 ? [{ kind: 'del' as const, text: x.text }, { kind: 'ins' as const, text: x.text }] : [x];
  });
  // Within each run of edits, all deletions first and then all insertions.
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ kind: 'del', text: del });
    if (ins) out.push({ kind: 'ins', text: ins });
    del = ins = '';
  };
  for (const x of list) {
    if (x.kind === 'del') del += x.text;
    else if (x.kind === 'ins') ins += x.text;
    else { flush(); const last = out[out.length - 1]; if (last?.kind === 'same') last.text += x.text; else out.push({ ...x }); }
  }
  flush();
  return out;
}

/** The old side (same + deleted) and the new side (same + inserted) of an inline diff. */
export function sides(segments: Segment[]): { old: Segment[]; new: Segment[] } {
  return { old: segments.filter((x) => x.kind !== 'ins'), new: segments.filter((x) => x.kind !== 'del') };
}
