// What a placeholder probably stands for, worded as a Chongqing district names its bodies
// (seed 001: 区民政局, 区公安分局, 区住房城乡建委 …), so the fix hint can name an example.
import type { SubjectContext } from './places.js';

const BY_FUNCTION: [RegExp, string][] = [
  [/民政/, '民政局'],
  [/公安/, '公安分局'],
  [/司法/, '司法局'],
  [/生态环境|环保|环境保护/, '生态环境局'],
  [/应急|安全生产/, '应急局'],
  [/农业农村|农业/, '农业农村委'],
  [/扶贫|乡村振兴/, '乡村振兴局'],
  [/燃气|城市管理|城管|综合执法/, '城市管理局'],
  [/住房|城乡建设|建设/, '住房城乡建委'],
  [/人力资源|人力社保|社会保障|就业/, '人力社保局'],
  [/卫生|健康/, '卫生健康委'],
  [/教育/, '教委'],
  [/财政/, '财政局'],
  [/自然资源|规划/, '规划自然资源局'],
  [/市场监/, '市场监管局'],
  [/文化|旅游/, '文化旅游委'],
  [/发展改革|发改/, '发展改革委'],
];

/**
 * An example of the real body a placeholder stands for ("县级政府民政部门" → "区民政局"), or
 * undefined when the text names no function. A township placeholder gets the collective name.
 */
export function suggestBody(placeholder: string, ctx?: SubjectContext): string | undefined {
  // "人民政府" holds the letters of 民政; the government itself names no function.
  const words = placeholder.replace(/人民政府|政府/g, '|');
  const hit = BY_FUNCTION.find(([re]) => re.test(words));
  if (!hit && /乡|镇|街道/.test(words.replace(/城乡/g, ''))) return '各乡镇人民政府（街道办事处）';
  if (!hit) return undefined;
  const local = ctx?.localCounty;
  const prefix = local?.endsWith('县') ? '县' : local && /市$/.test(local) ? '市' : '区';
  return prefix + hit[1];
}
