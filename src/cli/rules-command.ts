import type Table from 'cli-table3';
import { lazyRequire } from '../util/lazy.js';

// The table package is loaded only when the rules are listed as text.
const table3 = lazyRequire<typeof Table>('cli-table3');
import { RULES } from '../../rules/index.js';

export function runRulesCommand(opts: { format: string; lang: 'zh' | 'en' }): number {
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify(RULES.map((r) => r.meta), null, 2) + '\n');
    return 0;
  }
  const zh = opts.lang === 'zh';
  const table = new (table3())({
    head: zh ? ['规则', '自查重点', '要素', '默认级别', '说明'] : ['rule', 'checkpoint', 'element', 'default', 'description'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [30, 10, 11, 10, 60],
  });
  for (const r of RULES) {
    table.push([r.meta.id, r.meta.checkpoint ?? '-', r.meta.element ?? '-', r.meta.severity, r.meta.description[opts.lang]]);
  }
  process.stdout.write(table.toString() + '\n' + (zh ? '每条规则的文档见 rules/<规则>.md\n' : 'Each rule is documented in rules/<id>.md\n'));
  return 0;
}
