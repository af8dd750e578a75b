// The fast tokenizer against saxes, the reference: on what it accepts it must report the same
// events, however the input is cut into chunks; on anything else it must fall back (and then
// the reader gives exactly what saxes gives, errors included).
import { describe, expect, it } from 'vitest';
import { FastXml, Fallback } from '../../src/read/fastxml.js';
import { parseXmlFast, parseXmlSaxes, readXml, type XmlHandlers } from '../../src/read/xml.js';
import { InputError } from '../../src/read/errors.js';

/** Handlers that write every event down; consecutive texts are joined (saxes may split them at CDATA). */
function recorder(): { handlers: XmlHandlers; events: () => string[] } {
  const events: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`T:${JSON.stringify(text)}`);
    text = '';
  };
  return {
    handlers: {
      open(name, a) {
        flush();
        const attrs: string[] = [];
        for (let i = 0; i < a.length; i++) attrs.push(`${a.name(i)}=${JSON.stringify(a.value(i))}`);
        events.push(`O:${name}(${attrs.join(' ')}) r=${a.get('r')} t=${a.get('t')}`);
      },
      close(name) {
        flush();
        events.push(`C:${name}`);
      },
      text(t) {
        text += t;
      },
      overlong() {
        flush();
        events.push('OVERLONG');
      },
    },
    events: () => {
      flush();
      return events;
    },
  };
}

const bytesOf = (doc: string) => Buffer.from(doc, 'utf8');
/** A source that hands the bytes over `size` at a time. */
const pieces = (bytes: Uint8Array, size: number) => (sink: (b: Uint8Array) => void) => {
  for (let i = 0; i < bytes.length; i += size) sink(bytes.slice(i, i + size));
};

const MAX_RUN = 1000;

/** saxes over byte pieces of `size` (where the guard's cut is reported depends on the pieces). */
function saxesEvents(doc: string | Uint8Array, size = 1 << 20, maxRun = MAX_RUN): string[] | string {
  const r = recorder();
  try {
    parseXmlSaxes('p.xml', pieces(typeof doc === 'string' ? bytesOf(doc) : doc, size), r.handlers, { maxRun });
  } catch (err) {
    return `${(err as InputError).code}: ${(err as Error).message}`;
  }
  return r.events();
}

/** The fast path over byte pieces of `size`; 'fallback' when it declines. */
function fastEvents(doc: string | Uint8Array, size: number, maxRun = MAX_RUN): string[] | string {
  const r = recorder();
  try {
    parseXmlFast(pieces(typeof doc === 'string' ? bytesOf(doc) : doc, size), r.handlers, { maxRun });
  } catch (err) {
    if (err instanceof Fallback) return 'fallback';
    throw err;
  }
  return r.events();
}

/** The tokenizer fed strings of `size` characters, without the '<'-aligned cutting parseXmlFast does. */
function tokenizerEvents(doc: string, size: number): string[] | string {
  const r = recorder();
  const tokenizer = new FastXml(r.handlers, MAX_RUN);
  try {
    for (let i = 0; i < doc.length; i += size) tokenizer.write(doc.slice(i, i + size));
    tokenizer.end();
  } catch (err) {
    if (err instanceof Fallback) return 'fallback';
    throw err;
  }
  return r.events();
}

const READER_PIECE = 3;

/** What the reader as a whole gives: the fast path, or saxes after a fallback. */
function readerEvents(doc: string): string[] | string {
  let r = recorder();
  try {
    readXml('p.xml', pieces(bytesOf(doc), READER_PIECE), { maxRun: MAX_RUN }, () => {
      r = recorder();
      return { handlers: r.handlers, result: () => undefined };
    });
  } catch (err) {
    return `${(err as InputError).code}: ${(err as Error).message}`;
  }
  return r.events();
}

const SIZES = [1, 2, 3, 5, 7, 64, 1 << 20];

function expectSameAsSaxes(doc: string): void {
  const reference = saxesEvents(doc);
  expect(typeof reference).not.toBe('string'); // a valid document
  for (const size of SIZES) {
    expect(fastEvents(doc, size), `byte pieces of ${size}`).toEqual(reference);
    expect(tokenizerEvents(doc, size), `string chunks of ${size}`).toEqual(reference);
  }
  expect(readerEvents(doc)).toEqual(reference);
}

function expectFallback(doc: string): void {
  for (const size of SIZES) {
    expect(fastEvents(doc, size), `byte pieces of ${size}`).toBe('fallback');
    expect(tokenizerEvents(doc, size), `string chunks of ${size}`).toBe('fallback');
  }
  // …and the reader then answers exactly as saxes does.
  expect(readerEvents(doc)).toEqual(saxesEvents(doc, READER_PIECE));
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe('fast tokenizer: the same events as saxes, however the input is cut', () => {
  it('a worksheet: rows, cells, values, formulas, inline strings, merges', () => {
    expectSameAsSaxes(`${DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><dimension ref="A1:C3"/>`
      + '<sheetData><row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>abc</v></c>'
      + '<c r="C1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本 </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c></row>'
      + '<row r="2" hidden="1"><c r="A2"/><c r="B2"><v/></c></row></sheetData>'
      + '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId1" display="链接"/></hyperlinks></worksheet>');
  });

  it('attributes in single or double quotes, in any order, with spaces around "="', () => {
    expectSameAsSaxes(`<a><c t='s' r="A1"  s = '3'/><c s="1"\tr='B1'\nt="n"></c><d x="'" y='"'/></a>`);
  });

  it('entities and character references, in text and attributes', () => {
    expectSameAsSaxes('<a v="&lt;&amp;&gt;&quot;&apos;&#65;&#x4e2d;&#x1F600;">x &amp; y &lt;z&gt; &#8364;&#x20AC; &#13;&#10;</a>');
  });

  it('surrogate pairs and multi-byte characters split between pieces', () => {
    expectSameAsSaxes('<sst><si><t>𠮷野家😀</t></si><si><t>中文𠮷</t></si><si><t a="𠮷">𠮷</t></si></sst>');
  });

  it('line ends: CR LF and CR become LF in text; tabs and line ends become spaces in attributes', () => {
    expectSameAsSaxes('<a x="1\r\n2\r3\t4\n5">line1\r\nline2\rline3\n<b>\r\n</b></a>');
  });

  it('whitespace-only text, empty elements and self-closing tags', () => {
    expectSameAsSaxes('<a>  <t xml:space="preserve">   </t><v/><v></v><c/>\n</a>\n');
  });

  it('prefixed names report the local name', () => {
    expectSameAsSaxes('<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>');
  });

  it('CDATA inside the root, comments anywhere', () => {
    expectSameAsSaxes('<!-- before --><a><!-- in <b> --><t><![CDATA[<not a tag> & ]] >]]></t><![CDATA[]]></a><!-- after -->');
  });

  it('">" and "]]" alone are fine in text', () => {
    expectSameAsSaxes('<a>a > b ]] c ]>d</a>');
  });
});

describe('fast tokenizer: falls back on what it does not vouch for', () => {
  it('a DOCTYPE: saxes then refuses it', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>';
    expectFallback(doc);
    expect(readerEvents(doc)).toMatch(/^xml-doctype/);
  });

  it('truncated input, unclosed or mismatched tags, a second root, text outside the root', () => {
    for (const doc of ['<a><b>text', '<a><b></a>', '<a x="1', '<a></a><b/>', 'x<a/>', '<a/>x', '<a></b>', '<a><b></b>']) {
      expectFallback(doc);
      expect(readerEvents(doc)).toMatch(/^corrupt-xml/);
    }
  });

  it('processing instructions, an XML 1.1 declaration, a declaration not at the start', () => {
    for (const doc of ['<a><?pi x?></a>', '<?xml version="1.1"?><a/>', ' <?xml version="1.0"?><a/>', '<?xml-stylesheet href="x"?><a/>']) expectFallback(doc);
  });

  it('undefined or malformed entities, "]]>" in text, disallowed characters', () => {
    for (const doc of ['<a>&nbsp;</a>', '<a>&#0;</a>', '<a>&#X41;</a>', '<a>&amp</a>', '<a x="&foo;"/>', '<a>]]></a>', '<a>\u0001</a>', '<a x="\u0008"/>', '<a>\uffff</a>']) {
      expectFallback(doc);
      expect(readerEvents(doc)).toMatch(/^corrupt-xml/);
    }
  });

  it('bad attributes: duplicated, unquoted, without value, no space between, "<" in a value', () => {
    for (const doc of ['<a x="1" x="2"/>', '<a x=1/>', '<a x/>', '<a x="1"y="2"/>', '<a x="<"/>']) {
      expectFallback(doc);
      expect(readerEvents(doc)).toMatch(/^corrupt-xml/);
    }
  });

  it('a tag with more attributes than SpreadsheetML uses: saxes reads it (the duplicate check is quadratic)', () => {
    const many = Array.from({ length: 65 }, (_, i) => ` a${i}="${i}"`).join('');
    expectFallback(`<a><c${many}/></a>`);
    expectSameAsSaxes(`<a><c${Array.from({ length: 64 }, (_, i) => ` a${i}="${i}"`).join('')}/></a>`);
  });

  it('non-ASCII names and malformed comments: saxes decides', () => {
    expectFallback('<表><行/></表>');
    expectFallback('<a><!-- a -- b --></a>');
  });

  it('a run longer than the guard: saxes cuts it and says so, as before', () => {
    const doc = `<a><t>${'公'.repeat(3000)}</t><t>ok</t></a>`;
    expectFallback(doc);
    const events = readerEvents(doc) as string[];
    expect(events).toContain('OVERLONG');
    expect(events).toContain('T:"ok"');
  });

  it('a tag longer than the guard falls back before it is reported', () => {
    const seen: string[] = [];
    const doc = `<a><c r="A1" x="${'y'.repeat(2000)}"/></a>`;
    expect(() => parseXmlFast(pieces(bytesOf(doc), 1 << 20), { open: (name) => seen.push(name) }, { maxRun: MAX_RUN })).toThrow(Fallback);
    expect(seen).toEqual(['a']);
  });
});

describe('readXml', () => {
  it('starts the second reading from fresh handlers', () => {
    let starts = 0;
    const result = readXml('p.xml', pieces(bytesOf('<a><b/><?pi x?></a>'), 5), { maxRun: MAX_RUN }, () => {
      const n = ++starts;
      return { handlers: {}, result: () => n };
    });
    expect(result).toBe(2);
  });
});
