// The subject classifier over every example of variants.md §6 (公开主体), the bodies a
// district really names (seed 001: 区公安分局, 区民政局 …), and the bodies of other tiers.
import { describe, expect, it } from 'vitest';
import { classifyBodies, classifyBody, inferContext, parsePlaceChain, suggestBody, type BodyKind } from '../../src/subjects/index.js';
import { parseSubject } from '../../src/model/elements.js';
import type { CellValue } from '../../src/model/types.js';

const cell = (text: string): CellValue => ({ text, raw: text, cell: { sheet: 'S', row: 1, column: 'G', col: 7, } });
/** Splits a cell as the model does and classifies it: "body:kind" per body. */
const kinds = (text: string, ctx = inferContext([])) =>
  classifyBodies(parseSubject(cell(text)).bodies, ctx, text).map((b) => `${b.text}:${b.kind}`);

describe('variants.md §6: template placeholders left in place', () => {
  // Every cell of the list, as the page wrote it; each body in it is template text.
  const cells = [
    '县级政府民政部门、乡镇政府(街道办事处)',
    '县级人民政府民政部门',
    '市级人民政府民政部门、区县级人民政府民政部…',
    '应急管理部门',
    '司法行政部门',
    '生态环境部门',
    '县级生态环境部门',
    '市级生态环境部门',
    '鎮級生態環境部門',
    '镇级人民政府',
    '县级扶贫部门、乡镇人民政府',
    '负责审批的燃气管理部门',
    '城市管理行政执法部门或相关行政主管部门',
    '相关审批部门',
    '招標人及其招標代理機構或相關行政監督部門',
    '公安机关',
    '乡镇人民政府',
    '贫困人口所在行政村',
    '县级农业农村部门',
    // and the brief's list
    '县级人民政府XX部门',
    '相关部门',
    '有关部门',
    'XX部门',
    '××局',
    '区住房城乡建设部门',
  ];
  for (const text of cells) {
    it(text, () => {
      const bodies = classifyBodies(parseSubject(cell(text)).bodies, undefined, text);
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.map((b) => b.kind)).toEqual(bodies.map(() => 'placeholder'));
    });
  }

  it('catches the template part of a cell that also names a real body', () => {
    expect(kinds('市、区县人民政府农业农村部门,乡镇人民政府(街道办事处)')).toEqual([
      '市:unknown',
      '区县人民政府农业农村部门:placeholder',
      '乡镇人民政府(街道办事处):placeholder',
    ]);
    expect(kinds('市場監督管理、行政審批相關責任部門')).toEqual(['市場監督管理:unknown', '行政審批相關責任部門:placeholder']);
    expect(kinds('自然资源主管部门/镇人民政府')).toEqual(['自然资源主管部门:placeholder', '镇人民政府:township']);
    expect(kinds('全盟市场监督管理部门、政务服务局')).toEqual(['全盟市场监督管理部门:placeholder', '政务服务局:district']);
  });

  it('accepts 乡人民政府 like 镇人民政府: a township naming itself (a deliberate departure from §6)', () => {
    expect(classifyBody('乡人民政府').kind).toBe('township');
    expect(classifyBody('镇人民政府').kind).toBe('township');
  });
});

describe('variants.md §6: several subjects in one cell, typos and broken text', () => {
  const cases: [string, string[]][] = [
    ['区民政局\n各镇街', ['区民政局:district', '各镇街:township']],
    ['区社保局\n区居保局', ['区社保局:district', '区居保局:district']],
    ['凤翔区人民政府及凤翔区住房和城乡建设局', ['凤翔区人民政府:district', '凤翔区住房和城乡建设局:district']],
    ['各镇人民政府 (经济发展办公室/农业农村办公室)', ['各镇人民政府(经济发展办公室/农业农村办公室):township']],
    ['区住房城乡建设部', ['区住房城乡建设部:district']],
    ['蓬莱 派出所', ['蓬莱派出所:district']],
    ['乡镇人民 政府', ['乡镇人民政府:placeholder']],
    ['公安\n分局', ['公安分局:district']],
    ['街道\n办事处', ['街道办事处:township']],
    ['区文化旅游委', ['区文化旅游委:district']],
    ['区人力社保局,镇人民政府', ['区人力社保局:district', '镇人民政府:township']],
    ['石羊镇中心学校', ['石羊镇中心学校:institution']],
    ['大姚县教育体育局', ['大姚县教育体育局:district']],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(kinds(text)).toEqual(expected));
});

describe('district and township bodies as districts name them', () => {
  const accepted: [string, BodyKind][] = [
    ['区公安分局', 'district'], ['区民政局', 'district'], ['县民政局', 'district'], ['区住房城乡建委', 'district'],
    ['区人力社保局', 'district'], ['区卫生健康委', 'district'], ['区农业农村委', 'district'], ['区乡村振兴局', 'district'],
    ['区市场监管局', 'district'], ['区城市管理局', 'district'], ['区社会保险事业管理局', 'district'], ['区政务服务中心', 'district'],
    ['区税务局', 'district'], ['龙溪派出所', 'district'], ['两江新区管委会', 'district'], ['重庆市渝北区民政局', 'district'],
    ['重庆市公安局渝北区分局', 'district'], ['国家税务总局重庆市渝北区税务局', 'district'], ['嘉荫县法律援助中心', 'district'],
    ['枣庄高新区应急管理局', 'district'], ['盖州市民政局', 'district'], ['市场监管局', 'district'],
    ['各乡镇人民政府（街道办事处）', 'township'], ['各镇街', 'township'], ['街道办事处', 'township'], ['镇人民政府', 'township'],
    ['荷花镇人民政府', 'township'], ['所在地乡镇人民政府', 'township'], ['属地镇街', 'township'], ['龙溪镇社会事务办公室', 'township'],
    ['各乡镇（街道）', 'township'], ['各镇（街道）', 'township'], ['各街道', 'township'], ['龙溪街道', 'township'], ['双凤桥街道办事处', 'township'],
    ['区委宣传部', 'district'], ['区残联', 'district'], ['区消防救援支队', 'district'], ['区疾控中心', 'district'],
    ['市生态环境局渝北区分局', 'district'], ['区民政局（区社会救助服务中心）', 'district'],
  ];
  for (const [text, kind] of accepted) it(text, () => expect(classifyBody(text).kind).toBe(kind));
});

describe('bodies of other tiers and non-government bodies', () => {
  const rejected: [string, BodyKind][] = [
    ['重庆市公安局', 'city'], ['市民政局', 'city'], ['重庆市民政局', 'city'], ['国务院办公厅', 'central'], ['住房和城乡建设部', 'central'],
    ['国家卫生健康委员会', 'central'], ['四川省民政厅', 'province'], ['省民政厅', 'province'], ['民政厅', 'province'],
    ['重庆渝兴物业管理有限公司', 'non-government'], ['区慈善协会', 'non-government'], ['区人民法院', 'non-executive'],
    ['区人大常委会办公室', 'non-executive'], ['区人民医院', 'institution'], ['石羊镇卫生院', 'institution'], ['各中小学校', 'institution'],
    ['龙溪社区居委会', 'village'], ['各村(社区)', 'village'], ['律师事务所', 'non-government'], ['申请人', 'non-government'],
    ['应', 'unknown'], ['区民政局等', 'placeholder'], ['某某单位', 'placeholder'],
  ];
  for (const [text, kind] of rejected) it(text, () => expect(classifyBody(text).kind).toBe(kind));
});

describe('context: where the catalog belongs', () => {
  it('reads the jurisdiction from a run of places', () => {
    const ctx = inferContext(['04_辽宁省营口市盖州市_社会救助']);
    expect(ctx.countyLevelCity).toBe(true);
    expect(ctx.places.get('营口市')).toBe('city');
    expect(ctx.places.get('盖州市')).toBe('county');
    expect(classifyBody('营口市民政局', ctx).kind).toBe('city');
    expect(classifyBody('盖州市民政局', ctx).kind).toBe('district');
    expect(classifyBody('市民政局', ctx).kind).toBe('district');
  });

  it('takes a township\'s parent 市 as its county', () => {
    const ctx = inferContext(['云南省保山市腾冲市荷花镇']);
    expect(ctx.places.get('腾冲市')).toBe('county');
    expect(ctx.places.get('保山市')).toBe('city');
  });

  it('reads a county-level city from its level header (东阳市级)', () => {
    const ctx = inferContext(['(七)公共法律服务领域基层政务公开标准目录'], ['东阳市级', '镇街乡', '村']);
    expect(classifyBody('市司法局(行政复议局)', ctx).kind).toBe('district');
    expect(classifyBody('市司法局(行政复议局)').kind).toBe('city');
  });

  it('does not read department words as places', () => {
    expect(parsePlaceChain('区乡村振兴局').places.map((p) => p.text)).toEqual(['区']);
    expect(parsePlaceChain('华容县住房和城乡建设局').rest).toBe('住房和城乡建设局');
    expect(inferContext(['华容县住房和城乡建设局国有土地上房屋征收与补偿领域基层政务公开标准目录']).localCounty).toBe('华容县');
  });
});

describe('suggestions for placeholders', () => {
  it('names the district body a template stands for', () => {
    expect(suggestBody('县级政府民政部门')).toBe('区民政局');
    expect(suggestBody('公安机关')).toBe('区公安分局');
    expect(suggestBody('乡镇人民政府')).toBe('各乡镇人民政府（街道办事处）');
    expect(suggestBody('县级民政部门', inferContext(['华容县']))).toBe('县民政局');
    expect(suggestBody('相关部门')).toBeUndefined();
  });
});
