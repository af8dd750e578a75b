// Loads the reference data named on the command line or in the config, once per run.
import { dirname, resolve, relative } from 'node:path';
import type { Config } from '../config/load.js';
import type { Lang } from '../i18n/index.js';
import { loadCatalog } from '../model/index.js';
import { InputError, type ReadLimits } from '../read/index.js';
import type { References } from './types.js';

export class ReferenceError extends Error {}

export interface ReferenceOptions {
  city?: string[];
  powerList?: string[];
  serviceList?: string[];
  subjects?: string;
  baseline?: string;
}

const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function loadReferences(opts: ReferenceOptions, config: Config, configPath: string | null, lang: Lang, limits: ReadLimits): References {
  // Paths in the config are relative to the config file; on the command line, to the cwd.
  const fromConfig = (p: string) => (configPath ? relative(process.cwd(), resolve(dirname(configPath), p)) || p : p);
  const refs = config.references ?? {};
  const city = opts.city ?? asList(refs.city)?.map(fromConfig);
  const baseline = opts.baseline ?? (refs.baseline ? fromConfig(refs.baseline) : undefined);
  const references: References = {};
  const read = (path: string, what: string) => {
    try {
      return loadCatalog(path, limits);
    } catch (err) {
      if (err instanceof InputError) {
        throw new ReferenceError(lang === 'zh' ? `无法读取${what} ${path}：${err.describe(lang)}` : `cannot read the ${what} ${path}: ${err.describe(lang)}`);
      }
      throw err;
    }
  };
  if (city) references.city = { workbooks: city.map((p) => read(p, lang === 'zh' ? '市级目录' : 'city catalog')) };
  if (baseline) references.baseline = { workbook: read(baseline, lang === 'zh' ? '上一版目录' : 'baseline catalog') };
  return references;
}
