// The floor: the least any xlsx linter must do. Unzip the parts (fflate), read the shared
// strings and every sheet once with a SAX parser (saxes), visit every cell's text and every
// merge. Nothing is kept beyond the shared strings and a checksum, so this is a lower bound.
//   node bench/floor.mjs <file.xlsx | folder>...   prints "cells merges chars"
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

function parse(bytes, onOpen, onClose, onText) {
  const parser = new SaxesParser();
  parser.on('opentag', onOpen);
  parser.on('closetag', onClose);
  parser.on('text', onText);
  const decoder = new TextDecoder();
  const CHUNK = 1 << 20;
  for (let i = 0; i < bytes.length; i += CHUNK) parser.write(decoder.decode(bytes.subarray(i, i + CHUNK), { stream: true }));
  parser.write(decoder.decode()).close();
}

function readFile(path, totals) {
  const parts = unzipSync(readFileSync(path), { filter: (f) => f.name === 'xl/sharedStrings.xml' || f.name.startsWith('xl/worksheets/sheet') });
  const strings = [];
  if (parts['xl/sharedStrings.xml']) {
    let cur = '', inT = false;
    parse(parts['xl/sharedStrings.xml'],
      (t) => { if (t.name === 'si') cur = ''; else if (t.name === 't') inT = true; },
      (t) => { if (t.name === 'si') strings.push(cur); else if (t.name === 't') inT = false; },
      (x) => { if (inT) cur += x; });
  }
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.startsWith('xl/worksheets/')) continue;
    let type = '', value = '', inV = false;
    parse(bytes,
      (t) => {
        if (t.name === 'c') { type = t.attributes.t ?? 'n'; value = ''; }
        else if (t.name === 'v' || t.name === 't') inV = true;
        else if (t.name === 'mergeCell') totals.merges++;
      },
      (t) => {
        if (t.name === 'v' || t.name === 't') inV = false;
        else if (t.name === 'c') {
          const text = type === 's' ? strings[Number(value)] : value;
          totals.cells++;
          totals.chars += text.length;
        }
      },
      (x) => { if (inV) value += x; });
  }
}

function files(p) {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((n) => files(join(p, n)));
}

const totals = { cells: 0, merges: 0, chars: 0 };
for (const arg of process.argv.slice(2)) for (const f of files(arg)) if (f.endsWith('.xlsx')) readFile(f, totals);
process.stdout.write(`${totals.cells} ${totals.merges} ${totals.chars}\n`);
