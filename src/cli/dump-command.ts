import { loadCatalog } from '../model/index.js';
import { InputError } from '../read/index.js';
import { dumpJson, dumpText } from './dump.js';

export function runDumpCommand(file: string, opts: { format: string; lang: 'zh' | 'en' }): number {
  try {
    const wb = loadCatalog(file);
    process.stdout.write((opts.format === 'json' ? dumpJson(wb) : dumpText(wb)) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`${file}: ${err.describe(opts.lang)}\n`);
      return 2;
    }
    throw err;
  }
}
