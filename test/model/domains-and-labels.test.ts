import { describe, expect, it } from 'vitest';
import { guessDomain, findDomain } from '../../src/model/domains.js';
import { classifyColumn, classifyLabel } from '../../src/model/header.js';

describe('domain recognition', () => {
  it('maps aliases to the pilot domain, longest wording first', () => {
    expect(findDomain('卫生健康领域基层政务公开标准目录')).toBe('医疗卫生');
    expect(findDomain('国有土地上房屋征收与补偿')).toBe('国有土地上房屋征收');
    expect(findDomain('农村集体土地征收领域')).toBe('征地补偿');
    expect(findDomain('社会保险领域')).toBe('社会保险');
    expect(findDomain('交通运输领域')).toBeNull();
  });
  it('prefers a 所属领域 column, then the title, the sheet and the file name', () => {
    expect(guessDomain({ column: ['养老服务', '养老服务'], title: '社会救助领域', sheet: 'Sheet1' })).toMatchObject({ name: '养老服务', source: 'column' });
    expect(guessDomain({ title: '目录', sheet: 'Sheet1', file: '渝北区_户籍管理' })).toMatchObject({ name: '户籍管理', source: 'file' });
  });
  it('names an unknown domain from the title without its place name or numbering', () => {
    for (const title of ['（七）文物保护领域基层政务公开标准目录', '重庆市渝北区文物保护领域基层政务公开标准目录']) {
      expect(guessDomain({ title })).toMatchObject({ name: '文物保护', known: false, source: 'title' });
    }
  });
});

describe('header labels', () => {
  it('reads level labels, spaced or traditional, and a named county-level city as the county tier', () => {
    expect(classifyLabel('乡、村级')).toEqual({ role: 'level', mark: 'township' });
    expect(classifyLabel('區縣級')).toEqual({ role: 'level', mark: 'county' });
    expect(classifyLabel('县 级')).toEqual({ role: 'level', mark: 'county' });
    expect(classifyLabel('东阳市级')).toEqual({ role: 'level', mark: 'county' });
    expect(classifyLabel('市级')).toEqual({ role: 'level', mark: 'city' });
  });
  it('reads the leaf under its group, and 公开内容 split by level as content', () => {
    expect(classifyColumn(['公开对象', '特定群众'])).toEqual({ role: 'audience', mark: 'specific' });
    expect(classifyColumn(['公开方式', '依申请公开'])).toEqual({ role: 'mode', mark: 'onRequest' });
    expect(classifyColumn(['公开内容', '区县级、乡镇级'])).toEqual({ role: 'content' });
    expect(classifyColumn(['公开内容', '市级'])).toEqual({ role: 'extra' });
    expect(classifyColumn(['公开渠道和载体（“■”表示必选项，“口”表示可选项）'])).toEqual({ role: 'channel' });
  });
});
