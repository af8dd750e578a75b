#!/usr/bin/env node
// Bundles the compiled CLI (dist/src) into dist/bundle with esbuild, for start-up: one file
// and a few chunks load in about half the time of ~150 modules and their packages
// (bench/RESULTS.md, "Start-up"). Commands and formats loaded with import() become their own
// chunks, so a lint run does not parse them. exceljs stays outside: it is loaded only by the
// office outputs, and only when asked for.
// bin/catalog-check.js uses the bundle only when it is newer than dist/src/cli/main.js, so a
// plain `npx tsc` (which rewrites every file of dist/src) is never shadowed by a stale bundle.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['dist/src/cli/main.js', 'dist/src/run/worker.js'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  // Entries at the root beside their chunks: pool.js finds its worker as ./worker.js, and
  // version.js finds ../../package.json, wherever the bundler put their code.
  entryNames: '[name]',
  outdir,
  external: ['exceljs'],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __catalogCheckRequire } from 'node:module'; const require = __catalogCheckRequire(import.meta.url);" },
  logLevel: 'warning',
});
