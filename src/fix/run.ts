// --fix -o <out>: a fixed copy of each input, each change listed, the inputs untouched.
// The lint run that follows checks the copies, so its report is what is left to do by hand.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { loadCatalog } from '../model/index.js';
import type { ReadLimits } from '../read/index.js';
import { planOutputs } from '../annotate/paths.js';
import { openForCopy } from '../annotate/workbook.js';
import { OFFICE_WORDS } from '../annotate/words.js';
import { planFixes } from './plan.js';
import { applyFixes } from './apply.js';
import { describeChanges, FIX_WORDS } from './words.js';
import type { FixChange } from './types.js';

export type FixRun = { ok: true; targets: string[]; changes: Map<string, FixChange[]> } | { ok: false; message: string };

export async function fixFiles(files: string[], output: string | undefined, lang: Lang, limits: ReadLimits, out: NodeJS.WritableStream): Promise<FixRun> {
  const w = FIX_WORDS[lang];
  if (!output) return { ok: false, message: w.needsOutput };
  const plan = planOutputs(files, output, { notXlsx: w.notXlsx, needsFolder: OFFICE_WORDS[lang].needsFolder, isInput: OFFICE_WORDS[lang].isInput });
  if (!plan.ok) return plan;
  const targets: string[] = [];
  const all = new Map<string, FixChange[]>();
  for (const file of files) {
    const target = plan.outputs.get(file)!;
    let changes: FixChange[];
    try {
      changes = planFixes(loadCatalog(file, limits));
      const { workbook } = await openForCopy(file, limits);
      changes = applyFixes(workbook, changes);
      mkdirSync(dirname(target), { recursive: true });
      await workbook.xlsx.writeFile(target);
    } catch {
      // An input that cannot be read is linted as it is, so the report says why.
      targets.push(file);
      continue;
    }
    targets.push(target);
    all.set(file, changes);
    out.write(describeChanges(file, target, changes, lang));
  }
  return { ok: true, targets, changes: all };
}
