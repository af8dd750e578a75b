import { describe, expect, it } from 'vitest';
import { checkSubject, readSubjects, subjectKeys } from '../../src/coverage/subjects.js';
import type { RawWorkbook } from '../../src/read/types.js';

function list(rows: string[][]): RawWorkbook {
  return { path: 's.csv', format: 'csv', sheets: [{ name: 's', hidden: false, rows, info: new Map(), merges: [], hiddenRows: new Set(), hiddenCols: new Set() }] };
}

const subjects = readSubjects(
  list([
    ['单位名称', '简称'],
    ['重庆市渝北区民政局', '区民政局'],
    ['重庆市渝北区人力资源和社会保障局', '区人力社保局'],
    ['龙溪街道办事处', ''],
    ['兴隆镇人民政府', ''],
  ]),
  's.csv',
);

describe('subject keys', () => {
  it('drop the district prefix and the government suffix of township bodies', () => {
    expect(subjectKeys('重庆市渝北区民政局')).toContain('民政局');
    expect(subjectKeys('区民政局')).toContain('民政局');
    expect(subjectKeys('龙溪街道办事处')).toContain('龙溪街道');
    expect(subjectKeys('兴隆镇人民政府')).toContain('兴隆镇');
  });

  it('keep a city department apart from the district one', () => {
    expect(subjectKeys('重庆市民政局')).not.toContain('民政局');
  });
});

describe('checkSubject', () => {
  it('accepts listed bodies however the district prefix and suffix are written', () => {
    for (const body of ['区民政局', '渝北区民政局', '龙溪街道', '兴隆镇', '区人力社保局']) expect(checkSubject(body, subjects).kind, body).toBe('listed');
  });

  it('accepts a collective township body when the list has townships', () => {
    for (const body of ['各乡镇人民政府（街道办事处）', '各镇街', '乡镇（街道）', '相关街道办事处']) expect(checkSubject(body, subjects).kind, body).toBe('townships');
    const noTownships = readSubjects(list([['单位名称'], ['区民政局']]), 'd.csv');
    expect(checkSubject('各镇街', noTownships).kind).toBe('no-townships');
  });

  it('leaves 相关部门-style text to subject-placeholder', () => {
    expect(checkSubject('相关部门', subjects).kind).toBe('placeholder');
    expect(checkSubject('各有关单位', subjects).kind).toBe('placeholder');
  });

  it('accepts a body with a listed body in brackets, and suggests close names otherwise', () => {
    expect(checkSubject('区社会救助管理站（区民政局）', subjects).kind).toBe('listed');
    expect(checkSubject('市民政局', subjects)).toEqual({ kind: 'unknown', suggestions: ['区民政局', '重庆市渝北区民政局'] });
    expect(checkSubject('区人力资源社会保障局', subjects)).toMatchObject({ kind: 'unknown', suggestions: expect.arrayContaining(['重庆市渝北区人力资源和社会保障局']) });
  });
});
