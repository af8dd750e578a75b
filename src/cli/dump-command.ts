import { loadCatalog } from '../model/index.js';
import { InputError } from '../read/index.js';
import { dumpJson, dumpText } from './dump.js';
import { printable } from '../util/printable.js';

export function runDumpCommand(file: string, opts: { format: string; lang: 'zh' | 'en' }): number {
  try {
    const wb = loadCatalog(file);
    // JSON escapes control characters itself; the text dump goes to a terminal.
    process.stdout.write((opts.format === 'json' ? dumpJson(wb) : printable(dumpText(wb))) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`${printable(file)}: ${err.describe(opts.lang)}\n`);
      return 2;
    }
    throw err;
  }
}
