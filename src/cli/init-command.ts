// catalog-check init --domain 户籍管理 [--level 区县|乡镇] [-o 目录.xlsx] [--force]:
// writes a blank catalog in the standard shape. An existing file is overwritten only with --force.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { DOMAINS, findDomain } from '../model/domains.js';
import { buildTemplate, type CatalogLevel } from '../init/template.js';

export interface InitOptions {
  domain?: string;
  level: string;
  output?: string;
  force?: boolean;
  rows: string;
  lang?: Lang;
}

const DISTRICT_DOMAINS = DOMAINS.filter((d) => d.name !== '税收管理').map((d) => d.name);

const WORDS = {
  zh: {
    needDomain: (list: string) => `请用 --domain 指定领域，例如：catalog-check init --domain 户籍管理 -o 户籍管理.xlsx\n可选领域：${list}`,
    unknownDomain: (d: string, list: string) => `不认识的领域“${d}”。可选领域：${list}`,
    tax: '税收管理领域由税务部门编制，区县和乡镇不编制该领域的标准目录',
    level: (l: string) => `--level 应为“区县”或“乡镇”（收到“${l}”）`,
    rows: '--rows 应为 1 到 1000 之间的整数',
    exists: (p: string) => `文件 ${p} 已存在，没有覆盖；如确要覆盖，请加 --force`,
    done: (p: string, d: string, rows: number) => `已生成空白标准目录：${p}（领域：${d}，${rows} 行空白事项）。填写后可用 catalog-check ${p} 自查。`,
  },
  en: {
    needDomain: (list: string) => `give the domain with --domain, e.g. catalog-check init --domain 户籍管理 -o catalog.xlsx\nDomains: ${list}`,
    unknownDomain: (d: string, list: string) => `unknown domain "${d}". Domains: ${list}`,
    tax: '税收管理 is compiled by the tax bureau; districts and townships do not compile it',
    level: (l: string) => `--level must be 区县 or 乡镇 (got "${l}")`,
    rows: '--rows must be an integer from 1 to 1000',
    exists: (p: string) => `${p} already exists and was not overwritten; add --force to overwrite it`,
    done: (p: string, d: string, rows: number) => `wrote a blank catalog: ${p} (domain ${d}, ${rows} blank rows). Fill it in, then check it with catalog-check ${p}.`,
  },
};

export async function runInitCommand(opts: InitOptions): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const w = WORDS[lang];
  const fail = (m: string) => (process.stderr.write(`catalog-check init: ${m}\n`), 2);
  const list = DISTRICT_DOMAINS.join(lang === 'zh' ? '、' : ', ');
  if (!opts.domain) return fail(w.needDomain(list));
  const domain = DOMAINS.find((d) => d.name === opts.domain || d.aliases.includes(opts.domain!))?.name ?? findDomain(opts.domain);
  if (!domain) return fail(w.unknownDomain(opts.domain, list));
  if (domain === '税收管理') return fail(w.tax);
  const level = opts.level.replace(/级$/, '');
  if (level !== '区县' && level !== '乡镇') return fail(w.level(opts.level));
  const rows = Number(opts.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 1000) return fail(w.rows);
  const output = opts.output ?? `${domain}领域基层政务公开标准目录.xlsx`;
  if (existsSync(output) && !opts.force) return fail(w.exists(output));
  const workbook = await buildTemplate(domain, level as CatalogLevel, rows);
  mkdirSync(dirname(output), { recursive: true });
  await workbook.xlsx.writeFile(output);
  process.stdout.write(`${w.done(output, domain, rows)}\n`);
  return 0;
}
