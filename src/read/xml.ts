// Streams the XML of one package part through saxes. Two guards keep hostile XML out:
// - a DOCTYPE is refused outright. OOXML never has one (ECMA-376 Part 2 forbids DTDs), and
//   a DTD is how entity expansion (billion laughs) and external entities get in;
// - no run of characters without a '<' may grow past `maxRun`: saxes buffers a whole text
//   node or tag before it reports it, so a 1 GB cell would otherwise sit in memory before any
//   length check could see it ('>' may appear in text, so only '<' ends a run). Past the limit
//   the rest of the run is dropped and `onOverlong` says where, so the caller can name the cell.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from './errors.js';

export interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export interface XmlGuard {
  /** Longest run of characters without a '<' fed to the parser. */
  maxRun: number;
  /** Called once per run that was cut; the handlers then see a truncated text. */
  onOverlong?: () => void;
}

/** `source` calls its argument with the part's bytes, piece by piece (ZipArchive.stream). */
export function parseXml(part: string, source: (sink: (bytes: Uint8Array) => void) => void, handlers: XmlHandlers, guard: XmlGuard): void {
  const parser = new SaxesParser({ position: false });
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(tag as SaxesTagPlain));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
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
        guard.onOverlong?.();
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
  source((bytes) => feed(decoder.decode(bytes, { stream: true })));
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
