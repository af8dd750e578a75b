// Attaching a power/service list row to a pilot domain (docs/coverage.md, "Which domain a list
// row belongs to"). A department such as 区公安分局 exercises hundreds of powers and only its
// 户籍 ones belong to the 户籍管理 catalog, so the department alone never attaches a row: it
// narrows the candidate domains and the row's own words (topic words below) must confirm one.
import { DOMAINS, findDomain } from '../model/domains.js';
import { compactLabel } from '../model/text.js';
import type { DomainSource } from './types.js';

/** Words that place an item in a domain, beyond the domain's name and aliases in DOMAINS. */
const TOPIC_WORDS: Record<string, string[]> = {
  重大建设项目: ['建设项目', '项目审批', '项目核准', '项目备案', '可行性研究', '初步设计', '开工', '竣工'],
  公共资源交易: ['招标', '投标', '政府采购', '产权交易', '出让', '交易'],
  义务教育: ['小学', '初中', '中小学', '学籍', '入学', '招生', '学校', '教师', '学生', '课后服务'],
  户籍管理: ['户口', '户籍', '身份证', '居住证', '落户', '迁入', '迁出', '出生登记', '死亡注销', '暂住'],
  社会救助: ['最低生活保障', '低保', '特困', '临时救助', '救助', '流浪乞讨', '孤儿', '困境儿童'],
  养老服务: ['养老', '老年', '高龄', '敬老', '老人'],
  公共法律服务: ['法律援助', '公证', '人民调解', '律师', '司法鉴定', '普法', '法治宣传', '社区矫正', '基层法律服务'],
  财政预决算: ['预算', '决算', '三公经费', '财政资金'],
  就业创业: ['就业补贴', '创业补贴', '创业担保贷款', '职业培训', '职业技能', '失业登记', '人力资源服务', '劳务', '招聘', '见习'],
  社会保险: ['社会保险', '养老保险', '医疗保险', '工伤', '失业保险', '生育保险', '参保', '社保', '待遇'],
  国土空间规划: ['规划', '用地预审', '选址', '建设用地规划许可', '乡村建设规划'],
  征地补偿: ['征地', '土地征收', '征收土地', '安置补助'],
  环境保护: ['环境影响', '环评', '排污', '污染', '辐射', '危险废物', '生态环境'],
  国有土地上房屋征收: ['房屋征收', '征收补偿', '国有土地上'],
  保障性住房: ['公租房', '公共租赁住房', '廉租', '保障性住房', '住房保障', '经济适用'],
  农村危房改造: ['危房', '农房'],
  城市综合执法: ['综合执法', '城管执法', '违法建设', '违章'],
  市政服务: ['市政', '燃气', '供水', '排水', '污水', '道路', '照明', '绿化', '环卫', '垃圾', '户外广告', '占用', '挖掘'],
  涉农补贴: ['补贴', '农机', '耕地地力', '种粮', '农业支持'],
  公共文化服务: ['文化', '图书馆', '博物馆', '文物', '非物质文化遗产', '演出', '体育'],
  医疗卫生: ['医疗机构', '医师', '护士', '传染病', '疫苗', '预防接种', '卫生', '母婴', '计划生育', '献血'],
  安全生产: ['安全生产', '危险化学品', '烟花爆竹', '非煤矿山', '生产安全', '安全评价', '安全培训', '事故'],
  救灾: ['灾', '救灾物资', '避难', '应急避难'],
  食品药品监管: ['食品', '药品', '医疗器械', '化妆品', '餐饮'],
  扶贫: ['扶贫', '脱贫', '贫困', '帮扶', '乡村振兴', '防返贫'],
  税收管理: ['税', '发票'],
};

interface Topic {
  word: string;
  domain: string;
}

const TOPICS: Topic[] = DOMAINS.flatMap((d) => [d.name, ...d.aliases, ...(TOPIC_WORDS[d.name] ?? [])].map((word) => ({ word, domain: d.name })));

/** Domains whose department stems occur in the department name (区民政局 → 社会救助, 养老服务). */
export function domainsOfDepartment(department: string): string[] {
  const key = compactLabel(department);
  return DOMAINS.filter((d) => d.departmentStems.some((stem) => key.includes(stem))).map((d) => d.name);
}

/**
 * The domain the text speaks of among `allowed` (every domain when absent): the domain of the
 * longest topic word found, so 养老保险 (社会保险) wins over 养老 (养老服务). Null when no word
 * is found; `ambiguous` when two domains tie.
 */
export function topicDomain(text: string, allowed?: readonly string[]): { domain: string | null; ambiguous?: string[] } {
  const key = compactLabel(text);
  let bestLength = 0;
  let found = new Set<string>();
  for (const { word, domain } of TOPICS) {
    if (allowed && !allowed.includes(domain)) continue;
    if (word.length < bestLength || !key.includes(word)) continue;
    if (word.length > bestLength) {
      bestLength = word.length;
      found = new Set();
    }
    found.add(domain);
  }
  if (found.size === 1) return { domain: [...found][0] };
  return found.size > 1 ? { domain: null, ambiguous: [...found] } : { domain: null };
}

export interface Attachment {
  domain: string | null;
  source: DomainSource | null;
  ambiguous?: string[];
}

/**
 * Attaches a list row to a domain, in order of trust: the file's domain from the config
 * (listDomains); the row's 所属领域 column; the implementing department confirmed by the row's
 * own words; the row's own words alone when no department narrows them.
 */
export function attachDomain(row: { name: string; detail?: string; type?: string; department?: string; domainText?: string }, fileDomain?: string): Attachment {
  if (fileDomain) return { domain: fileDomain, source: 'config' };
  if (row.domainText) {
    const domain = findDomain(row.domainText);
    if (domain) return { domain, source: 'column' };
  }
  const text = [row.name, row.detail ?? ''].join(' ');
  const candidates = row.department ? domainsOfDepartment(row.department) : [];
  if (candidates.length > 0) {
    const topic = topicDomain(text, candidates);
    return topic.domain ? { domain: topic.domain, source: 'department' } : { domain: null, source: null, ...(topic.ambiguous ? { ambiguous: topic.ambiguous } : {}) };
  }
  const topic = topicDomain(text);
  return topic.domain ? { domain: topic.domain, source: 'topic' } : { domain: null, source: null, ...(topic.ambiguous ? { ambiguous: topic.ambiguous } : {}) };
}
