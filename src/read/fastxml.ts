// A fast tokenizer for the XML that spreadsheet writers produce, working on the decoded text
// with indexOf/charCodeAt instead of saxes' per-character state machine. It accepts only a
// strict, well-formed subset: elements with ASCII names, quoted attributes, text, the five
// predefined entities and character references, comments, CDATA inside the root, and an
// XML 1.0 declaration at the very start. Anything else — a DOCTYPE, a processing
// instruction, a non-ASCII name, a disallowed character, a mismatched tag, truncated input,
// a run longer than the guard's maxRun — throws `Fallback`, and the caller reads the part
// again from the start with saxes (xml.ts). So every odd file, valid or not, reads exactly as
// before, errors and cut runs included, and this file never has to reproduce saxes' error
// recovery: on what it accepts it reports the same events saxes would.
import type { Attributes, XmlHandlers } from './xml.js';

/** Thrown when the input leaves the subset this tokenizer vouches for. */
export class Fallback extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

// XML 1.0 forbids these characters anywhere (saxes: "disallowed character.").
// eslint-disable-next-line no-control-regex
const DISALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const XML_DECL = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;

const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, EQ = 61, DQUOTE = 34, SQUOTE = 39, COLON = 58;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** ASCII NameStartChar; a non-ASCII name sends the part to saxes. */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

const fail = (reason: string): never => {
  throw new Fallback(reason);
};

/** Attributes one tag may carry on the fast path (an Excel <c> has at most 5). */
const MAX_ATTRIBUTES = 64;

/** The attributes of the tag being reported, read lazily from the buffer; valid only during `open`. */
class TagAttributes implements Attributes {
  length = 0;
  src = '';
  private ns: number[] = [];
  private ne: number[] = [];
  private vs: number[] = [];
  private ve: number[] = [];
  /** A value that needed entity or whitespace processing, else undefined (the raw slice). */
  private cooked: (string | undefined)[] = [];

  reset(src: string): void {
    this.src = src;
    this.length = 0;
  }

  add(ns: number, ne: number, vs: number, ve: number, cooked: string | undefined): void {
    // The duplicate check below is quadratic; SpreadsheetML tags carry a handful of attributes,
    // so a tag with many more is handed to saxes rather than letting a crafted one stall us.
    if (this.length >= MAX_ATTRIBUTES) fail('too many attributes');
    const k = this.length++;
    this.ns[k] = ns;
    this.ne[k] = ne;
    this.vs[k] = vs;
    this.ve[k] = ve;
    this.cooked[k] = cooked;
    // A duplicate attribute is an error in saxes.
    const { src } = this;
    const len = ne - ns;
    for (let m = 0; m < k; m++) {
      if (this.ne[m] - this.ns[m] !== len) continue;
      let same = true;
      for (let i = 0, a = ns, b = this.ns[m]; i < len && same; i++) same = src.charCodeAt(a + i) === src.charCodeAt(b + i);
      if (same) fail('duplicate attribute');
    }
  }

  get(name: string): string | undefined {
    const { src } = this;
    const len = name.length;
    for (let k = 0; k < this.length; k++) {
      const start = this.ns[k];
      if (this.ne[k] - start !== len) continue;
      // Names are short: comparing here is cheaper than a call into startsWith.
      let i = 0;
      while (i < len && src.charCodeAt(start + i) === name.charCodeAt(i)) i++;
      if (i === len) return this.value(k);
    }
    return undefined;
  }

  name(k: number): string {
    return this.src.slice(this.ns[k], this.ne[k]);
  }

  value(k: number): string {
    return this.cooked[k] ?? this.src.slice(this.vs[k], this.ve[k]);
  }
}

export class FastXml {
  /** Text not yet tokenized: always starts at a token boundary. */
  private buf = '';
  /** Offset of buf[0] in the whole decoded part. */
  private base = 0;
  /** Offset of the last '<' that began markup, for the run guard (-1: none yet). */
  private lastLt = -1;
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private sawRoot = false;
  private closedRoot = false;
  private readonly attrs = new TagAttributes();
  // Positions of the next '&', '\r' and "]]>" at or after a point in buf, found lazily so each
  // is searched for once per buffer, not once per text node.
  private nextAmp = -1;
  private nextCr = -1;
  private nextCdEnd = -1;
  private nextTab = -1;
  private nextLf = -1;

  constructor(private readonly handlers: XmlHandlers, private readonly maxRun: number) {}

  /** `boundary`: a '<' follows the chunk, so text at its end is complete. */
  write(chunk: string, boundary = false): void {
    if (chunk === '') return;
    if (DISALLOWED.test(chunk)) fail('disallowed character');
    this.buf = this.buf === '' ? chunk : this.buf + chunk;
    this.run(boundary, false);
  }

  end(): void {
    this.run(true, true);
    if (this.buf !== '') fail('unexpected end');
    if (!this.sawRoot || this.stack.length !== 0) fail('unclosed document');
  }

  private run(complete: boolean, final: boolean): void {
    const s = this.buf;
    const n = s.length;
    const { maxRun } = this;
    this.nextAmp = this.nextCr = this.nextCdEnd = this.nextTab = this.nextLf = -1;
    let i = 0;
    let lt = s.indexOf('<');
    while (i < n) {
      if (lt < 0) {
        // Text to the end of the buffer: complete only at the end of the part.
        if (this.base + n - this.lastLt - 1 > maxRun) fail('long run');
        if (!complete) break;
        if (final && this.stack.length !== 0) fail('unclosed tag');
        this.text(s, i, n);
        i = n;
        break;
      }
      // The run guard: the characters between two '<' (a tag and the text after it).
      if (this.base + lt - this.lastLt - 1 > maxRun) fail('long run');
      if (lt > i) this.text(s, i, lt);
      i = lt;
      this.lastLt = this.base + lt;
      if (lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      // Where the next '<' is: the tag ends before it (a '<' in an attribute value is an error).
      const next = s.indexOf('<', lt + 1);
      const limit = next < 0 ? n : next;
      let j: number;
      if (isNameStart(c)) {
        j = this.openTag(s, lt, limit);
      } else if (c === SLASH) {
        j = this.closeTag(s, lt, limit);
      } else if (c === BANG) {
        j = this.bang(s, lt, n);
        if (j >= 0) {
          // A comment or CDATA may hold '<': look again from its end.
          i = j;
          lt = s.indexOf('<', j);
          continue;
        }
      } else if (c === QUESTION) {
        j = this.declaration(s, lt, limit);
      } else {
        return fail('bad markup');
      }
      if (j < 0) break; // incomplete: wait for more text
      i = j;
      lt = next;
    }
    if (i > 0) {
      this.buf = s.slice(i);
      this.base += i;
    }
    // An incomplete token already longer than the guard allows would be cut.
    if (this.buf.length > 0 && this.base + this.buf.length - this.lastLt - 1 > maxRun) fail('long run');
  }

  /** `<name attr="v" ...>` or `<name .../>`; returns the index after it, or -1 if incomplete. */
  private openTag(s: string, lt: number, limit: number): number {
    if (this.closedRoot) fail('second root');
    let j = lt + 2;
    let colon = -1;
    for (; j < limit; j++) {
      const c = s.charCodeAt(j);
      if (!isNameChar(c)) break;
      if (c === COLON && colon < 0) colon = j;
    }
    if (j >= limit) return this.incomplete(limit);
    const name = internName(s, lt + 1, j);
    const local = colon < 0 ? name : internName(s, colon + 1, j);
    const attrs = this.attrs;
    attrs.reset(s);
    let selfClosing = false;
    for (;;) {
      let c = s.charCodeAt(j);
      let spaced = false;
      while (isSpace(c)) {
        spaced = true;
        c = s.charCodeAt(++j);
      }
      if (j >= limit) return this.incomplete(limit);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (j + 1 >= limit) return this.incomplete(limit);
        if (s.charCodeAt(j + 1) !== GT) fail('bad self-closing tag');
        selfClosing = true;
        j += 2;
        break;
      }
      if (!spaced || !isNameStart(c)) fail('bad attribute');
      const ns = j;
      for (j++; j < limit && isNameChar(s.charCodeAt(j)); j++);
      const ne = j;
      while (j < limit && isSpace(s.charCodeAt(j))) j++;
      if (j >= limit) return this.incomplete(limit);
      if (s.charCodeAt(j) !== EQ) fail('attribute without value');
      j++;
      while (j < limit && isSpace(s.charCodeAt(j))) j++;
      if (j >= limit) return this.incomplete(limit);
      const q = s.charCodeAt(j);
      if (q !== DQUOTE && q !== SQUOTE) fail('unquoted attribute');
      const vs = j + 1;
      let ve = vs;
      while (ve < limit && s.charCodeAt(ve) !== q) ve++; // values are short: no call into indexOf
      if (ve >= limit) return this.incomplete(limit);
      attrs.add(ns, ne, vs, ve, this.cookAttribute(s, vs, ve));
      j = ve + 1;
      if (j >= limit) return this.incomplete(limit);
      const after = s.charCodeAt(j);
      if (!isSpace(after) && after !== GT && after !== SLASH) fail('no whitespace between attributes');
    }
    // The guard would cut a tag longer than maxRun: never report it.
    if (j - 1 - lt > this.maxRun) fail('long tag');
    this.sawRoot = true;
    const { handlers } = this;
    handlers.open?.(local, attrs);
    if (selfClosing) {
      handlers.close?.(local);
      if (this.stack.length === 0) this.closedRoot = true;
    } else {
      this.stack.push(name);
      this.locals.push(local);
    }
    return j;
  }

  /** `</name>`; returns the index after it, or -1 if incomplete. */
  private closeTag(s: string, lt: number, limit: number): number {
    const top = this.stack.length - 1;
    if (top < 0) fail('close tag outside the root');
    const name = this.stack[top];
    const start = lt + 2;
    let j = start;
    while (j < limit && isNameChar(s.charCodeAt(j))) j++;
    while (j < limit && isSpace(s.charCodeAt(j))) j++;
    if (j >= limit) return this.incomplete(limit);
    if (s.charCodeAt(j) !== GT) fail('bad close tag');
    let end = start;
    while (isNameChar(s.charCodeAt(end))) end++;
    const len = name.length;
    if (end - start !== len) fail('mismatched close tag');
    for (let k = 0; k < len; k++) if (s.charCodeAt(start + k) !== name.charCodeAt(k)) fail('mismatched close tag');
    if (j - lt > this.maxRun) fail('long tag');
    this.stack.pop();
    const local = this.locals.pop()!;
    if (top === 0) this.closedRoot = true;
    this.handlers.close?.(local);
    return j + 1;
  }

  /** Comments and CDATA; returns the index after them, or -1 if incomplete. */
  private bang(s: string, lt: number, n: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return this.incomplete(n);
      if (s.indexOf('--', lt + 4) !== end) fail('malformed comment');
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) fail('CDATA outside the root');
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return this.incomplete(n);
      if (end + 2 - lt > this.maxRun) fail('long CDATA');
      let text = s.slice(lt + 9, end);
      if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
      if (text !== '') this.handlers.text?.(text);
      return end + 3;
    }
    // A DOCTYPE (saxes refuses it with its own message) or junk: let saxes decide.
    if (n - lt < 9) return this.incomplete(n);
    return fail('markup declaration');
  }

  /** Only the XML declaration, at the very start of the part. */
  private declaration(s: string, lt: number, limit: number): number {
    if (this.base + lt !== 0) fail('processing instruction');
    const end = s.indexOf('?>', lt);
    if (end < 0 || end >= limit) return this.incomplete(limit);
    if (!XML_DECL.test(s.slice(lt, end + 2))) fail('unusual XML declaration');
    return end + 2;
  }

  /** Incomplete at the end of the buffer is waiting for more; before a '<' it is malformed. */
  private incomplete(limit: number): number {
    if (limit < this.buf.length) fail('malformed tag');
    return -1;
  }

  private text(s: string, from: number, to: number): void {
    let t = s.slice(from, to);
    if (this.stack.length === 0) {
      // Outside the root only whitespace may stand.
      for (let k = 0; k < t.length; k++) if (!isSpace(t.charCodeAt(k))) fail('text outside the root');
    } else {
      if (this.nextCdEnd < from) this.nextCdEnd = findFrom(s, ']]>', from);
      if (this.nextCdEnd < to - 2) fail('"]]>" in text');
    }
    if (this.nextCr < from) this.nextCr = findFrom(s, '\r', from);
    if (this.nextCr < to) t = t.replace(/\r\n?/g, '\n');
    if (this.nextAmp < from) this.nextAmp = findFrom(s, '&', from);
    if (this.nextAmp < to) t = decodeEntities(t);
    this.handlers.text?.(t);
  }

  /** Attribute value normalisation as saxes does it: raw tabs and line ends become spaces, then entities. */
  private cookAttribute(s: string, vs: number, ve: number): string | undefined {
    let cooked: string | undefined;
    if (this.nextCr < vs) this.nextCr = findFrom(s, '\r', vs);
    if (this.nextCr < ve) cooked = s.slice(vs, ve).replace(/\r\n?/g, '\n');
    if (this.nextTab < vs) this.nextTab = findFrom(s, '\t', vs);
    if (this.nextLf < vs) this.nextLf = findFrom(s, '\n', vs);
    if (this.nextTab < ve || this.nextLf < ve || cooked !== undefined) cooked = (cooked ?? s.slice(vs, ve)).replace(/[\t\n]/g, ' ');
    if (this.nextAmp < vs) this.nextAmp = findFrom(s, '&', vs);
    if (this.nextAmp < ve) cooked = decodeEntities(cooked ?? s.slice(vs, ve));
    return cooked;
  }
}

/** Past any index of a V8 string, and still a small integer (a double would change the fields' representation). */
const NOWHERE = 0x3fffffff;

/** indexOf that says "nowhere" with a position past any index. */
function findFrom(s: string, what: string, from: number): number {
  const at = s.indexOf(what, from);
  return at < 0 ? NOWHERE : at;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const DECIMAL = /^#[0-9]+$/;
const HEX = /^#x[0-9a-fA-F]+$/;

/** The five predefined entities and character references, as saxes decodes them; anything else falls back. */
export function decodeEntities(t: string): string {
  let out = '';
  let from = 0;
  let amp = t.indexOf('&');
  while (amp >= 0) {
    const semi = t.indexOf(';', amp + 1);
    if (semi < 0) fail('unterminated entity');
    const name = t.slice(amp + 1, semi);
    let decoded = PREDEFINED[name];
    if (decoded === undefined || !Object.prototype.hasOwnProperty.call(PREDEFINED, name)) {
      let code = NaN;
      if (HEX.test(name)) code = parseInt(name.slice(2), 16);
      else if (DECIMAL.test(name)) code = parseInt(name.slice(1), 10);
      if (!isXmlChar(code)) fail('bad entity');
      decoded = String.fromCodePoint(code);
    }
    out += t.slice(from, amp) + decoded;
    from = semi + 1;
    amp = t.indexOf('&', from);
  }
  return out + t.slice(from);
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Names seen before, as internalized strings (bounded: a hostile part may invent any number). */
const NAMES = new Map<string, string>();

/**
 * Element names as internalized strings, the kind string literals are: handlers compare them
 * with literals in a switch, which V8 optimizes for internalized strings and deoptimizes on
 * any other. The names met on every cell are picked out without slicing at all.
 */
function internName(s: string, start: number, end: number): string {
  const c = s.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c === 99) return 'c';
      if (c === 118) return 'v';
      if (c === 102) return 'f';
      if (c === 116) return 't';
      if (c === 114) return 'r';
      break;
    case 2:
      if (c === 115 && s.charCodeAt(start + 1) === 105) return 'si';
      if (c === 105 && s.charCodeAt(start + 1) === 115) return 'is';
      break;
    case 3:
      if (s.startsWith('row', start)) return 'row';
      if (s.startsWith('rPh', start)) return 'rPh';
      break;
  }
  const name = s.slice(start, end);
  let known = NAMES.get(name);
  if (known === undefined) {
    if (NAMES.size >= 1024) return name;
    known = Object.keys({ [name]: 0 })[0]; // property keys are internalized
    NAMES.set(known, known);
  }
  return known;
}
