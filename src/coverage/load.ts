// Loads the reference data named on the command line or in the config, once per run.
import { dirname, resolve, relative } from 'node:path';
import type { Config } from '../config/load.js';
import type { Lang } from '../i18n/index.js';
import { loadCatalog } from '../model/index.js';
import { DOMAINS, findDomain } from '../model/domains.js';
import { InputError, readWorkbook, type RawWorkbook, type ReadLimits } from '../read/index.js';
import { closest } from '../util/similar.js';
import { LIST_FIELDS, readList, type ListField } from './list.js';
import { readSubjects } from './subjects.js';
import type { ListKind, ReferenceList, ReferenceRow, References } from './types.js';

export class ReferenceError extends Error {}

export interface ReferenceOptions {
  city?: string[];
  powerList?: string[];
  serviceList?: string[];
  subjects?: string;
  baseline?: string;
}

const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

const WHAT = {
  city: { zh: '市级目录', en: 'city catalog' },
  baseline: { zh: '上一版目录', en: 'baseline catalog' },
  power: { zh: '权责清单', en: 'power list' },
  service: { zh: '公共服务事项清单', en: 'service list' },
  subjects: { zh: '主体名单', en: 'subjects file' },
};

export function loadReferences(opts: ReferenceOptions, config: Config, configPath: string | null, lang: Lang, limits: ReadLimits): References {
  const zh = lang === 'zh';
  // Paths in the config are relative to the config file; on the command line, to the cwd.
  const fromConfig = (p: string) => (configPath ? relative(process.cwd(), resolve(dirname(configPath), p)) || p : p);
  const refs = config.references ?? {};
  const city = opts.city ?? asList(refs.city)?.map(fromConfig);
  const baseline = opts.baseline ?? (refs.baseline ? fromConfig(refs.baseline) : undefined);
  const power = opts.powerList ?? asList(refs.powerList)?.map(fromConfig);
  const service = opts.serviceList ?? asList(refs.serviceList)?.map(fromConfig);
  const subjects = opts.subjects ?? (refs.subjects ? fromConfig(refs.subjects) : undefined);

  const cannotRead = (path: string, what: keyof typeof WHAT, err: unknown): never => {
    if (err instanceof InputError) {
      throw new ReferenceError(zh ? `无法读取${WHAT[what].zh} ${path}：${err.describe(lang)}` : `cannot read the ${WHAT[what].en} ${path}: ${err.describe(lang)}`);
    }
    throw err;
  };
  const readCatalog = (path: string, what: 'city' | 'baseline') => {
    try {
      return loadCatalog(path, limits);
    } catch (err) {
      return cannotRead(path, what, err);
    }
  };
  const readRaw = (path: string, what: keyof typeof WHAT): RawWorkbook => {
    try {
      return readWorkbook(path, limits);
    } catch (err) {
      return cannotRead(path, what, err);
    }
  };

  const references: References = {};
  if (city) references.city = { workbooks: city.map((p) => readCatalog(p, 'city')) };
  if (baseline) references.baseline = { workbook: readCatalog(baseline, 'baseline') };
  if (power || service) {
    const fileDomains = listDomains(config, fromConfig, lang);
    const columns = listColumns(config, lang);
    const load = (kind: ListKind, paths: string[]): ReferenceList => {
      const rows: ReferenceRow[] = [];
      for (const path of paths) {
        const result = readList(readRaw(path, kind), { file: path, columns, fileDomain: fileDomains.get(resolve(path)) });
        if (result.rows.length === 0) {
          throw new ReferenceError(
            zh
              ? `${WHAT[kind].zh} ${path} 中没有找到清单表头（需要“事项名称”或“子项名称”列，以及实施主体、行使层级等列）；表头写法特殊时可在配置 listColumns 中指定`
              : `no list header found in the ${WHAT[kind].en} ${path} (it needs a 事项名称 or 子项名称 column and columns such as 实施主体 and 行使层级); map unusual headers with listColumns in the config`,
          );
        }
        rows.push(...result.rows);
      }
      const byDomain = new Map<string, ReferenceRow[]>();
      for (const row of rows) if (row.domain) (byDomain.get(row.domain) ?? byDomain.set(row.domain, []).get(row.domain)!).push(row);
      return { kind, files: paths, rows, byDomain };
    };
    references.lists = {
      ...(power ? { power: load('power', power) } : {}),
      ...(service ? { service: load('service', service) } : {}),
    };
  }
  if (subjects) {
    const loaded = readSubjects(readRaw(subjects, 'subjects'), subjects);
    if (loaded.entries.length === 0) throw new ReferenceError(zh ? `主体名单 ${subjects} 中没有找到任何单位名称` : `no body names found in the subjects file ${subjects}`);
    references.subjects = loaded;
  }
  return references;
}

/** listDomains: { "户籍管理": ["lists/公安权责清单.xlsx"] } → resolved path → canonical domain. */
function listDomains(config: Config, fromConfig: (p: string) => string, lang: Lang): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, files] of Object.entries(config.listDomains ?? {})) {
    const domain = DOMAINS.some((d) => d.name === name) ? name : findDomain(name);
    if (!domain) {
      const guess = closest(name, DOMAINS.map((d) => d.name));
      throw new ReferenceError(
        lang === 'zh'
          ? `配置 listDomains 中的领域“${name}”不是试点领域${guess ? `，是否应为“${guess}”？` : ''}`
          : `listDomains: "${name}" is not a pilot domain${guess ? `; did you mean "${guess}"?` : ''}`,
      );
    }
    for (const file of asList(files) ?? []) map.set(resolve(fromConfig(file)), domain);
  }
  return map;
}

function listColumns(config: Config, lang: Lang): Partial<Record<ListField, string>> {
  const columns = config.listColumns ?? {};
  for (const key of Object.keys(columns)) {
    if (!(LIST_FIELDS as readonly string[]).includes(key)) {
      throw new ReferenceError(lang === 'zh' ? `配置 listColumns 中的“${key}”未知，可用：${LIST_FIELDS.join('、')}` : `listColumns: unknown field "${key}"; use ${LIST_FIELDS.join(', ')}`);
    }
  }
  return columns as Partial<Record<ListField, string>>;
}
