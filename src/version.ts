import { readFileSync } from 'node:fs';

/** The package version, read once from package.json next to dist/. */
export const TOOL_VERSION: string = (() => {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next layout (dist/src/version.js or src/version.ts under vitest)
    }
  }
  return '0.0.0';
})();
