// Before another library opens an xlsx whole — exceljs, to write an annotated or fixed copy —
// every part is checked, not only the ones our reader needs: a 1 GB image or a DTD in
// docProps/app.xml never reaches the linter, but exceljs would inflate and parse them all.
// Declared sizes against the limits first, then true sizes by a counted inflate, and no DTD
// in any XML part.
import { InputError } from './errors.js';
import { readInputBytes } from './index.js';
import type { ReadLimits } from './types.js';
import { ZipArchive } from './zip.js';

const DOCTYPE = Buffer.from('<!DOCTYPE');

export function verifyPackage(path: string, limits: ReadLimits): void {
  const zip = new ZipArchive(readInputBytes(path, limits), limits);
  const names = [...zip.entries.keys()].filter((n) => !n.endsWith('/'));
  zip.checkDeclared(names);
  for (const name of names) {
    const xml = /\.(xml|rels|vml)$/i.test(name);
    let tail = Buffer.alloc(0); // the end of the previous piece, so a DOCTYPE split across two is seen
    zip.stream(name, (bytes) => {
      if (!xml) return;
      const piece = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const joint = Buffer.concat([tail, piece.subarray(0, DOCTYPE.length - 1)]);
      if (joint.indexOf(DOCTYPE) >= 0 || piece.indexOf(DOCTYPE) >= 0) throw new InputError('xml-doctype', { part: name });
      // A copy: the inflater may reuse the memory behind `bytes`.
      const keep = DOCTYPE.length - 1;
      tail = Buffer.from(piece.length >= keep ? piece.subarray(piece.length - keep) : joint.subarray(Math.max(0, joint.length - keep)));
    });
  }
}
