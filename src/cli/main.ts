import { Command } from 'commander';
import { loadCatalog } from '../model/index.js';
import { InputError } from '../read/index.js';
import { dumpJson, dumpText } from './dump.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('catalog-check');
  program
    .command('dump <file>')
    .option('-f, --format <format>', 'text|json', 'text')
    .action((file: string, opts: { format: string }) => {
      try {
        const wb = loadCatalog(file);
        process.stdout.write((opts.format === 'json' ? dumpJson(wb) : dumpText(wb)) + '\n');
      } catch (err) {
        if (err instanceof InputError) {
          process.stderr.write(`${file}: ${err.describe('zh')}\n`);
          exitCode = 2;
        } else throw err;
      }
    });
  await program.parseAsync(argv);
  return exitCode;
}
