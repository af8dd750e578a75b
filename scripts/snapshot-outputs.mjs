// Writes what the tool says about every fixture workbook — the JSON lint report (zh and en)
// and the `dump` of each model — into one folder, so a change meant to keep behaviour (a
// faster reader, a lighter model) can be checked by comparing two snapshots:
//   node scripts/snapshot-outputs.mjs /tmp/before   # on the old build
//   node scripts/snapshot-outputs.mjs /tmp/after    # on the new build
//   diff -r /tmp/before /tmp/after
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/snapshot-outputs.mjs <out-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return [];
    if (st.isDirectory()) return name === 'tools' ? [] : walk(path);
    return /\.(xlsx|xlsm|csv|txt|xls|ods|et)$/i.test(name) ? [path] : [];
  });
const files = walk(join(root, 'fixtures')).map((f) => relative(root, f)).sort();
const cli = (args) => {
  try {
    return execFileSync(process.execPath, [join(root, 'bin/catalog-check.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return `exit ${err.status}\n${err.stdout}\n${err.stderr}`;
  }
};
for (const lang of ['zh', 'en']) writeFileSync(join(out, `lint.${lang}.json`), cli(['--format', 'json', '--lang', lang, '--jobs', '1', ...files]));
// The 10,000-row fixture is linted above but too big to dump.
for (const file of files.filter((f) => !f.startsWith('fixtures/large/'))) writeFileSync(join(out, `dump.${file.replace(/[\\/]/g, '__')}.txt`), cli(['dump', '--format', 'json', file]));
console.log(`${files.length} fixtures → ${out}`);
