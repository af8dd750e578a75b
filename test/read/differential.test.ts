// The fast reader against the saxes reader on every xlsx fixture and on mutated XML: the same
// RawWorkbook, or the same error, code and message. The saxes-only reader is the same code
// with the fast tokenizer made to decline every part (each part then goes to saxes, as any
// odd part does in production).
//   FUZZ_RUNS=2000 npx vitest run test/read/differential.test.ts   (FUZZ_SEED=<n> replays a run)
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../cli/helpers.js';
import { byteMutations, mutatePart } from '../bad/mutate.js';
import { ZipArchive } from '../../src/read/zip.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/read/types.js';
import { Fallback } from '../../src/read/fastxml.js';
import { parseXmlFast, parseXmlSaxes, type XmlHandlers } from '../../src/read/xml.js';
import { readXlsx as fastReadXlsx } from '../../src/read/xlsx.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let declined = 0;
vi.resetModules();
vi.doMock('../../src/read/fastxml.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/read/fastxml.js')>();
  class Declining extends real.FastXml {
    write(): void {
      declined++;
      throw new real.Fallback('saxes only');
    }
    end(): void {
      declined++;
      throw new real.Fallback('saxes only');
    }
  }
  return { ...real, FastXml: Declining };
});
const { readXlsx: saxesReadXlsx } = await import('../../src/read/xlsx.js');
vi.doUnmock('../../src/read/fastxml.js');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.xlsx$/i.test(name) ? [path] : [];
  });
const FIXTURES = walk(join(ROOT, 'fixtures')).filter((f) => !f.includes('/tools/')).sort();

type Outcome = { workbook: unknown } | { error: string };

function outcome(read: typeof fastReadXlsx, path: string, data: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Outcome {
  try {
    return { workbook: read(path, data, limits) };
  } catch (err) {
    const e = err as Error & { code?: string };
    // InputError classes differ between the two module graphs: compare code and message.
    if (e.name !== 'InputError') throw err;
    return { error: `${e.code}: ${e.message}` };
  }
}

describe('fast reader = saxes reader', () => {
  it(`on every xlsx fixture (${FIXTURES.length})`, () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
    for (const path of FIXTURES) {
      const data = readFileSync(path);
      const name = relative(ROOT, path);
      expect(outcome(fastReadXlsx, name, data), name).toStrictEqual(outcome(saxesReadXlsx, name, data));
    }
    expect(declined).toBeGreaterThan(FIXTURES.length); // the second reader really read with saxes
  });

  it('the fast path reads every XML part of the well-formed fixtures itself, with the same events', () => {
    let parts = 0;
    for (const path of FIXTURES.filter((f) => !f.includes('/bad/'))) {
      const zip = new ZipArchive(readFileSync(path), DEFAULT_LIMITS);
      for (const part of zip.entries.keys()) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        const bytes = zip.read(part);
        const reference = events((h) => parseXmlSaxes(part, (sink) => sink(bytes), h, { maxRun: 200_000 }));
        // Whole, and in odd-sized pieces so tokens straddle them.
        for (const size of bytes.length < 200_000 ? [bytes.length || 1, 4093, 7] : [bytes.length, 65_521]) {
          const fast = events((h) => parseXmlFast((sink) => { for (let i = 0; i < bytes.length; i += size) sink(bytes.subarray(i, i + size)); }, h, { maxRun: 200_000 }));
          expect(fast, `${relative(ROOT, path)} ${part} in pieces of ${size}`).toEqual(reference);
        }
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(500);
  });

  it(`on mutated XML parts of real workbooks (${RUNS} runs)`, () => {
    const seeds = ['fixtures/samples', 'fixtures/read', 'fixtures/rules/formula-error', 'fixtures/rules/hidden-content']
      .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.xlsx') && !f.includes('10000')).map((f) => readFileSync(join(ROOT, dir, f))));
    // Small limits make the limit paths part of what is compared.
    const limits = { ...DEFAULT_LIMITS, maxCellChars: 2_000, maxCells: 200_000 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), byteMutations, (i, part, mutations) => {
        const data = mutatePart(seeds[i], part, mutations);
        expect(outcome(fastReadXlsx, 'm.xlsx', data, limits)).toStrictEqual(outcome(saxesReadXlsx, 'm.xlsx', data, limits));
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  }, Math.max(120_000, RUNS * 500));
});

/** Every event as a line; consecutive texts joined. 'fallback' if the fast path declined. */
function events(run: (handlers: XmlHandlers) => void): string[] | string {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push(`T:${text}`);
    text = '';
  };
  try {
    run({
      open(name, a) {
        flush();
        let line = `O:${name}`;
        for (let i = 0; i < a.length; i++) line += ` ${a.name(i)}=${JSON.stringify(a.value(i))}`;
        out.push(line);
      },
      close(name) {
        flush();
        out.push(`C:${name}`);
      },
      text(t) {
        text += t;
      },
    });
  } catch (err) {
    if (err instanceof Fallback) return 'fallback';
    return `error: ${(err as Error).message}`;
  }
  flush();
  return out;
}
