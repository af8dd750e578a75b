// Streams the XML of one package part to handlers. Two guards keep hostile XML out:
// - a DOCTYPE is refused outright. OOXML never has one (ECMA-376 Part 2 forbids DTDs), and
//   a DTD is how entity expansion (billion laughs) and external entities get in;
// - no run of characters without a '<' may grow past `maxRun`: saxes buffers a whole text
//   node or tag before it reports it, so a 1 GB cell would otherwise sit in memory before any
//   length check could see it ('>' may appear in text, so only '<' ends a run). Past the limit
//   the rest of the run is dropped and `overlong` says where, so the caller can name the cell.
// Parts are read first by the fast tokenizer (fastxml.ts), which handles the well-formed XML
// spreadsheet writers produce; whatever it does not vouch for (a DOCTYPE, an over-long run,
// malformed or merely unusual XML) is read again from the start by saxes, the reference, so
// the result and every error are the same as if saxes had read it.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from './errors.js';
import { isAscii } from 'node:buffer';
import { Fallback, FastXml } from './fastxml.js';

/** The attributes of one start tag, by qualified name ("r:id"); only valid during `open`. */
export interface Attributes {
  readonly length: number;
  get(name: string): string | undefined;
  name(index: number): string;
  value(index: number): string;
}

export interface XmlHandlers {
  /** `name` is the local name (the prefix of "x:row" dropped). */
  open?: (name: string, attrs: Attributes) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
  /** Called once per run the guard cut; the handlers then see a truncated text. */
  overlong?: () => void;
}

export interface XmlGuard {
  /** Longest run of characters without a '<' fed to the parser. */
  maxRun: number;
}

export type Source = (sink: (bytes: Uint8Array) => void) => void;

/** One reading of a part: fresh handlers, and what they built once the part is read. */
export interface XmlReading<T> {
  handlers: XmlHandlers;
  result: () => T;
}

/** Bytes decoded per step: strings this small stay in V8's young generation (a string over 128 KB is
 * allocated in large-object space, which costs about as much as decoding it). */
const DECODE_STEP = 48 * 1024;
const LT = 0x3c;

/**
 * Reads a part with the fast tokenizer, or with saxes if it falls back. `start` is called
 * again for the second reading, so it must reset whatever state its handlers touch.
 */
export function readXml<T>(part: string, source: Source, guard: XmlGuard, start: () => XmlReading<T>): T {
  let reading = start();
  try {
    parseXmlFast(source, reading.handlers, guard);
    return reading.result();
  } catch (err) {
    if (!(err instanceof Fallback)) throw err;
  }
  reading = start();
  parseXmlSaxes(part, source, reading.handlers, guard);
  return reading.result();
}

/**
 * For handlers that need no reset: after a fallback saxes calls them again from the start of
 * the part, so they may see the first events twice.
 */
export function parseXml(part: string, source: Source, handlers: XmlHandlers, guard: XmlGuard): void {
  readXml(part, source, guard, () => ({ handlers, result: () => undefined }));
}

/**
 * The fast path alone: throws Fallback on anything it does not vouch for. The bytes are
 * decoded in pieces that end just before a '<': that byte never occurs inside a UTF-8
 * sequence, so each piece decodes on its own exactly as one streaming decoder would, and no
 * tag or text node is cut between two pieces.
 */
export function parseXmlFast(source: Source, handlers: XmlHandlers, guard: XmlGuard): void {
  const tokenizer = new FastXml(handlers, guard.maxRun);
  const decoder = new TextDecoder('utf-8');
  const decode = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : decoder.decode(bytes));
  // A UTF-16 unit takes at most 3 bytes, so this many bytes without a '<' is a run the guard cuts.
  const tooFar = 3 * guard.maxRun + 6;
  let pending: Buffer | undefined;
  source((bytes) => {
    let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (pending) {
      buf = Buffer.concat([pending, buf]);
      pending = undefined;
    }
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const end = Math.min(pos + DECODE_STEP, n);
      let lt = buf.lastIndexOf(LT, end - 1);
      if (lt <= pos && end < n) lt = buf.indexOf(LT, pos + 1);
      if (lt <= pos) {
        // The rest may go on in the next piece: kept as bytes (a copy, the inflater may reuse them).
        if (n - pos > tooFar) throw new Fallback('long run');
        pending = Buffer.from(buf.subarray(pos));
        break;
      }
      if (lt - pos > tooFar) throw new Fallback('long run');
      tokenizer.write(decode(buf.subarray(pos, lt)), true);
      pos = lt;
    }
  });
  if (pending) tokenizer.write(decode(pending), false);
  tokenizer.end();
}

/** saxes' attributes behind the same interface as the fast path's. */
class SaxesAttributes implements Attributes {
  private keys: string[] = [];
  /** saxes makes it with a null prototype: only the tag's own attributes are in it. */
  private attrs: Record<string, string> = Object.create(null);

  use(attrs: Record<string, string>): this {
    this.attrs = attrs;
    this.keys = Object.keys(attrs);
    return this;
  }

  get length(): number {
    return this.keys.length;
  }

  get(name: string): string | undefined {
    return this.attrs[name];
  }

  name(index: number): string {
    return this.keys[index];
  }

  value(index: number): string {
    return this.attrs[this.keys[index]];
  }
}

/** The reference path: saxes behind the run guard. */
export function parseXmlSaxes(part: string, source: Source, handlers: XmlHandlers, guard: XmlGuard): void {
  const parser = new SaxesParser({ position: false });
  const attributes = new SaxesAttributes();
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(localName(tag.name), attributes.use((tag as SaxesTagPlain).attributes)));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.on('doctype', () => {
    throw new InputError('xml-doctype', { part });
  });
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  const decoder = new TextDecoder('utf-8');
  let run = 0;
  let cutting = false;
  const feed = (text: string) => {
    if (failure || text === '') return;
    let out = '';
    let from = 0;
    // Jumps from '<' to '<' with indexOf (native, about twice as fast as a per-character loop):
    // only the length of each run between them matters.
    let i = 0;
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (cutting) {
        if (lt < 0) break;
        from = lt;
        cutting = false;
        run = 0;
        i = lt + 1;
        continue;
      }
      const end = lt < 0 ? text.length : lt;
      if (run + (end - i) > guard.maxRun) {
        // Keep what came before, minus a half-written entity reference (&amp… cut short).
        const cutAt = i + (guard.maxRun - run);
        let kept = text.slice(from, cutAt);
        const amp = kept.lastIndexOf('&');
        if (amp >= 0 && kept.indexOf(';', amp) < 0) kept = kept.slice(0, amp);
        out += kept;
        cutting = true;
        handlers.overlong?.();
        i = cutAt;
        continue;
      }
      if (lt < 0) {
        run += end - i;
        break;
      }
      run = 0;
      i = lt + 1;
    }
    if (!cutting) out += text.slice(from);
    parser.write(out);
  };
  source((bytes) => {
    for (let i = 0; i < bytes.length; i += DECODE_STEP) feed(decoder.decode(bytes.subarray(i, Math.min(i + DECODE_STEP, bytes.length)), { stream: true }));
  });
  feed(decoder.decode());
  if (!failure) parser.close();
  if (failure) {
    if (failure instanceof InputError) throw failure;
    throw new InputError('corrupt-xml', { detail: `${part}: ${failure.message.split('\n')[0]}` });
  }
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
