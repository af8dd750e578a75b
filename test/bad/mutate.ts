// Mutations of real fixtures for the fuzz test: bytes of an xlsx or CSV, and the cells of a
// workbook's first sheet regenerated inside its zip (random text, marks, formulas, merges,
// hidden rows and columns, odd cell references), so the fuzzing reaches past the unzip into
// the reader, the model and the rules.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';

/** Catalog words, marks, formula-looking text and troublemakers, mixed with random strings. */
const WORDS = [
  '公开事项', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体',
  '公开对象', '公开方式', '公开层级', '全社会', '特定群众', '主动', '依申请', '区级', '乡级', '同上', '〃',
  '√', '✓', '■', '□', '☑', '■政府网站 □两微一端', '县级政府民政部门', '区民政局', '各镇人民政府（街道办事处）',
  '20个工作日内', '及时', '按规定', '《社会救助暂行办法》', '无', '/', '—', '#REF!', '#N/A', 'Err:502',
  '=1+1', '+SUM(A1)', '-2', '@cmd', '=HYPERLINK("http://x","y")', '<script>alert(1)</script>', '&', ']]>',
  '\n', '\r\n', '\t', ' ', '　', '𠮷', '\u202e', '\u0007', '\u001b[2J', '\uFEFF', 'x'.repeat(300),
  '13800138000', '110101199003071234', '注：1.', '序号',
];

export const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constant('') },
);

export type ByteMutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const byteMutations = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: position }),
    fc.record({ kind: fc.constant('repeat' as const), at: position, length: fc.integer({ min: 1, max: 256 }) }),
  ).map((m) => m as unknown as { kind: ByteMutation['kind']; at: number } & Record<string, unknown>),
  { minLength: 1, maxLength: 6 },
);

export function mutateBytes(data: Uint8Array, mutations: ({ kind: ByteMutation['kind']; at: number } & Record<string, unknown>)[]): Uint8Array {
  let out = Buffer.from(data);
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.kind) {
      case 'flip': if (out.length) out[at] = m.value as number; break;
      case 'insert': out = Buffer.concat([out.subarray(0, at), m.bytes as Uint8Array, out.subarray(at)]); break;
      case 'delete': out = Buffer.concat([out.subarray(0, at), out.subarray(at + (m.length as number))]); break;
      case 'truncate': out = out.subarray(0, at); break;
      case 'repeat': out = Buffer.concat([out.subarray(0, at + (m.length as number)), out.subarray(at)]); break;
    }
  }
  return out;
}

export interface SheetMutation {
  /** [row, col, text] cells written over the grid (0-based; rows and columns may be far out). */
  cells: [number, number, string][];
  /** Cell types the writer uses, one per written cell, cycled. */
  types: ('inlineStr' | 's' | 'n' | 'b' | 'e' | 'str')[];
  merges: [number, number, number, number][];
  hiddenRows: number[];
  hiddenCols: [number, number][];
  /** Rows of the original grid dropped before writing. */
  dropRows: number[];
  /** Write characters XML does not allow as they are (the reader must say "damaged"). */
  rawControl: boolean;
}

const farOrNear = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_100_000 }) });
const colFarOrNear = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 16 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 17_000 }) });

export const sheetMutation: fc.Arbitrary<SheetMutation> = fc.record({
  cells: fc.array(fc.tuple(farOrNear, colFarOrNear, cellText), { maxLength: 40 }),
  types: fc.array(fc.constantFrom('inlineStr', 'inlineStr', 'inlineStr', 's', 'n', 'b', 'e', 'str') as fc.Arbitrary<SheetMutation['types'][number]>, { minLength: 1, maxLength: 5 }),
  merges: fc.array(fc.tuple(farOrNear, colFarOrNear, farOrNear, colFarOrNear), { maxLength: 6 }),
  hiddenRows: fc.array(farOrNear, { maxLength: 4 }),
  hiddenCols: fc.array(fc.tuple(fc.integer({ min: -5, max: 20 }), fc.integer({ min: -5, max: 20_000 })), { maxLength: 2 }),
  dropRows: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
  rawControl: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

function colLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const escapeXml = (s: string, raw: boolean) => {
  const text = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Without rawControl, characters XML 1.0 forbids are dropped, as an office suite would.
  // eslint-disable-next-line no-control-regex
  return raw ? text : text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '');
};

/**
 * Rewrites the first worksheet of an xlsx: the grid `rows` (the text the reader gave for the
 * original) with the mutation applied, written as inline strings and other cell types.
 */
export function mutateSheet(xlsx: Uint8Array, rows: (string | undefined)[][], m: SheetMutation): Uint8Array {
  const parts = unzipSync(xlsx);
  const sheetName = Object.keys(parts).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()[0];
  const grid = new Map<number, Map<number, string>>();
  rows.forEach((row, r) => {
    if (!row || m.dropRows.includes(r)) return;
    row.forEach((v, c) => { if (v !== undefined) (grid.get(r) ?? grid.set(r, new Map()).get(r)!).set(c, v); });
  });
  for (const [r, c, t] of m.cells) (grid.get(r) ?? grid.set(r, new Map()).get(r)!).set(c, t);
  let i = 0;
  const rowXml = [...grid.keys()].sort((a, b) => a - b).map((r) => {
    const cells = [...grid.get(r)!.entries()].sort((a, b) => a[0] - b[0]).map(([c, t]) => {
      const ref = `${colLetter(c)}${r + 1}`;
      const type = m.types[i++ % m.types.length];
      const v = escapeXml(t, m.rawControl);
      switch (type) {
        case 's': return `<c r="${ref}" t="s"><v>${t.length}</v></c>`; // an index into the shared strings, maybe past the end
        case 'n': return `<c r="${ref}"><v>${v}</v></c>`;
        case 'b': return `<c r="${ref}" t="b"><v>${t.length % 2}</v></c>`;
        case 'e': return `<c r="${ref}" t="e"><f>${v}</f><v>#REF!</v></c>`;
        case 'str': return `<c r="${ref}" t="str"><f>A1&amp;B1</f><v>${v}</v></c>`;
        default: return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`;
      }
    });
    return `<row r="${r + 1}"${m.hiddenRows.includes(r) ? ' hidden="1"' : ''}>${cells.join('')}</row>`;
  });
  const cols = m.hiddenCols.map(([a, b]) => `<col min="${a}" max="${b}" hidden="1"/>`).join('');
  const merges = m.merges.map(([r1, c1, r2, c2]) => `<mergeCell ref="${colLetter(c1)}${r1 + 1}:${colLetter(c2)}${r2 + 1}"/>`).join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (cols ? `<cols>${cols}</cols>` : '') + `<sheetData>${rowXml.join('')}</sheetData>` + (merges ? `<mergeCells>${merges}</mergeCells>` : '') + '</worksheet>';
  parts[sheetName] = strToU8(xml);
  return zipSync(parts, { level: 1 });
}

/** Byte mutations of one part's XML inside the zip (re-zipped), so they reach the XML parser. */
export function mutatePart(xlsx: Uint8Array, which: number, mutations: Parameters<typeof mutateBytes>[1]): Uint8Array {
  const parts = unzipSync(xlsx);
  const xml = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels')).sort();
  const name = xml[which % xml.length];
  parts[name] = mutateBytes(parts[name], mutations);
  return zipSync(parts, { level: 1 });
}
