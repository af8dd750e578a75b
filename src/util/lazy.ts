// CommonJS packages that only some runs need (ajv for a config file, iconv-lite and csv-parse
// for CSV input, cli-table3 for `rules`) are loaded on first use: a run over one xlsx file
// does not pay their ~0.15 s of loading. createRequire also keeps them out of the bundle's
// main chunk (scripts/bundle.mjs); they are read from node_modules when needed.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
