// The 26 pilot domains of 渝府办发〔2020〕58号 with the wording districts actually use.
import { compactLabel } from './text.js';
import type { DomainGuess } from './types.js';

export interface DomainInfo {
  name: string;
  /** The city department responsible (58号 attachment). */
  cityDepartment: string;
  aliases: string[];
  /** Stems of district department names that usually publish this domain, for list matching. */
  departmentStems: string[];
}

export const DOMAINS: DomainInfo[] = [
  { name: '重大建设项目', cityDepartment: '市发展改革委', aliases: ['重大建设项目批准和实施', '重大项目建设'], departmentStems: ['发展改革', '发改'] },
  { name: '公共资源交易', cityDepartment: '市发展改革委', aliases: ['公共资源配置'], departmentStems: ['公共资源交易', '发展改革', '发改'] },
  { name: '义务教育', cityDepartment: '市教委', aliases: ['义务教育阶段'], departmentStems: ['教委', '教育'] },
  { name: '户籍管理', cityDepartment: '市公安局', aliases: ['户籍', '户政管理'], departmentStems: ['公安'] },
  { name: '社会救助', cityDepartment: '市民政局', aliases: [], departmentStems: ['民政'] },
  { name: '养老服务', cityDepartment: '市民政局', aliases: ['养老'], departmentStems: ['民政'] },
  { name: '公共法律服务', cityDepartment: '市司法局', aliases: ['法律服务'], departmentStems: ['司法'] },
  { name: '财政预决算', cityDepartment: '市财政局', aliases: ['预决算', '财政预算决算'], departmentStems: ['财政'] },
  { name: '就业创业', cityDepartment: '市人力社保局', aliases: ['就业', '创业'], departmentStems: ['人力社保', '人力资源', '就业'] },
  { name: '社会保险', cityDepartment: '市人力社保局', aliases: ['社保'], departmentStems: ['人力社保', '人力资源', '社保', '医保', '医疗保障'] },
  { name: '国土空间规划', cityDepartment: '市规划自然资源局', aliases: ['城乡规划', '国土规划'], departmentStems: ['规划自然资源', '自然资源', '规划'] },
  { name: '征地补偿', cityDepartment: '市规划自然资源局', aliases: ['农村集体土地征收', '征地'], departmentStems: ['规划自然资源', '自然资源'] },
  { name: '环境保护', cityDepartment: '市生态环境局', aliases: ['生态环境', '环保'], departmentStems: ['生态环境', '环保'] },
  { name: '国有土地上房屋征收', cityDepartment: '市住房城乡建委', aliases: ['国有土地上房屋征收与补偿', '房屋征收'], departmentStems: ['住房城乡建', '住建', '房屋征收', '住房和城乡建设'] },
  { name: '保障性住房', cityDepartment: '市住房城乡建委', aliases: ['保障房', '住房保障'], departmentStems: ['住房城乡建', '住建', '住房和城乡建设'] },
  { name: '农村危房改造', cityDepartment: '市住房城乡建委', aliases: ['危房改造'], departmentStems: ['住房城乡建', '住建', '住房和城乡建设'] },
  { name: '城市综合执法', cityDepartment: '市住房城乡建委', aliases: ['城市管理综合执法', '综合执法', '城管执法'], departmentStems: ['城市管理', '城管', '综合执法'] },
  { name: '市政服务', cityDepartment: '市城市管理局', aliases: ['市政公用', '市政'], departmentStems: ['城市管理', '城管'] },
  { name: '涉农补贴', cityDepartment: '市农业农村委', aliases: ['惠农补贴', '农业补贴'], departmentStems: ['农业农村', '农委'] },
  { name: '公共文化服务', cityDepartment: '市文化旅游委', aliases: ['公共文化', '文化服务'], departmentStems: ['文化旅游', '文旅', '文化'] },
  { name: '医疗卫生', cityDepartment: '市卫生健康委', aliases: ['卫生健康', '卫生', '医疗'], departmentStems: ['卫生健康', '卫健'] },
  { name: '安全生产', cityDepartment: '市应急局', aliases: ['安全监管'], departmentStems: ['应急'] },
  { name: '救灾', cityDepartment: '市应急局', aliases: ['自然灾害救助', '防灾减灾救灾', '灾害救助'], departmentStems: ['应急'] },
  { name: '食品药品监管', cityDepartment: '市市场监管局', aliases: ['食品药品', '食药监管', '食品药品监督'], departmentStems: ['市场监管', '市场监督'] },
  { name: '扶贫', cityDepartment: '市扶贫办', aliases: ['脱贫攻坚'], departmentStems: ['扶贫', '乡村振兴'] },
  { name: '税收管理', cityDepartment: '重庆市税务局', aliases: ['税收'], departmentStems: ['税务'] },
];

// Longest wording first, so "社会保险" never matches inside a longer name and aliases such
// as "卫生" only count when nothing more specific is there.
const VOCABULARY = DOMAINS.flatMap((d) => [d.name, ...d.aliases].map((word) => ({ word, domain: d.name }))).sort(
  (a, b) => b.word.length - a.word.length,
);

export function findDomain(text: string | undefined): string | null {
  if (!text) return null;
  const key = compactLabel(text);
  for (const { word, domain } of VOCABULARY) if (key.includes(word)) return domain;
  return null;
}

export function domainInfo(name: string | null | undefined): DomainInfo | undefined {
  return DOMAINS.find((d) => d.name === name);
}

/** Recognises the domain of a table from, in order: its 所属领域 column, title, sheet, file name. */
export function guessDomain(sources: { column?: string[]; title?: string; sheet?: string; file?: string }): DomainGuess {
  const columnValues = [...new Set((sources.column ?? []).filter(Boolean))];
  if (columnValues.length > 0) {
    const found = columnValues.map(findDomain);
    const first = found[0];
    if (first && found.every((d) => d === first)) return { name: first, known: true, source: 'column', evidence: columnValues[0] };
  }
  for (const source of ['title', 'sheet', 'file'] as const) {
    const text = sources[source];
    const name = findDomain(text);
    if (name) return { name, known: true, source, evidence: text };
  }
  const fromTitle = sources.title ? /^(.{2,20}?)(领域)?(基层)?政务公开/.exec(compactLabel(sources.title)) : null;
  // The title's place name ("渝北区", "青浦区教育局") is not part of the domain's name.
  let named = fromTitle?.[1].replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.]?/, '');
  for (let k = 0; k < 3 && named; k++) named = named.replace(/^.{0,12}?(省|市|区|县|旗|镇|乡|街道)(人民政府)?(?=.{2})/, '');
  if (named) return { name: named, known: false, source: 'title', evidence: sources.title };
  return { name: null, known: false, source: 'none' };
}
