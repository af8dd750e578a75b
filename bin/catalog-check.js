#!/usr/bin/env node
// The bundle (scripts/bundle.mjs) starts in about half the time; it is used only when it was
// built after the last `tsc` run, so a fresh compile is never shadowed by an old bundle.
import { statSync } from 'node:fs';

const mtime = (rel) => {
  try {
    return statSync(new URL(rel, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundle = mtime('../dist/bundle/main.js');
const bundled = bundle >= 0 && bundle >= mtime('../dist/src/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/src/cli/main.js');

main(process.argv).then((code) => {
  process.exitCode = code;
});
