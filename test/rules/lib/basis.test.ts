// The 公开依据 reader over the wordings of shared/domain/variants.md §7 and the samples.
import { describe, expect, it } from 'vitest';
import { citesDocument, readBasis } from '../../../rules/lib/basis.js';

// Cells that cite a document, including the broken forms real catalogs have.
const CITING = [
  '●《社会救助暂行办法》（国务院令第649号）',
  '1.《土地管理法》(主席令第28号);2.《中华人民共和国政府信息公开条例》(国令第711号)',
  '【法律】《中华人民共和国人口与计划生育 法》(中华人民共和国主席令第41号2015\n12月27日修正)',
  '《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)>》',
  '《关于推进国有土地上房屋征收与补偿信息公开工作的\n实施意见》(建房〔2012 ) 8 4 号 )',
  '《中华人民共和国政府信息公开条例》(国令第711 号)',
  '渝府发〔201455号',
  '渝府办发〔2022128',
  '渝民发〔20233',
  '财农〔202312号',
  '(辽政办发(2014)74号',
  '财农[2016]26',
  '(国令第711号) 号',
  '中华人民共和国土地管理法',
  '政府信息公开条例',
  '《法律援', // a cell cut off inside the title
];

// Cells that cite nothing: generic phrases from §7.
const NOT_CITING = ['信息公开规定', '相关政策规定', '相关政策文件', '各地配套政策法规文件', '相关法律法规', '依法', '上级文件'];

describe('readBasis', () => {
  it.each(CITING)('finds a document in %s', (text) => {
    expect(citesDocument(readBasis(text))).toBe(true);
  });

  it.each(NOT_CITING)('finds no document in %s', (text) => {
    expect(citesDocument(readBasis(text))).toBe(false);
  });

  it.each(['信息公开规定', '相关政策规定', '相关政策文件', '各地配套政策法规文件'])('recognises %s as template text', (text) => {
    expect(readBasis(text).templates).toEqual([text]);
  });

  it('reads the numbers and titles of a bulleted list', () => {
    const r = readBasis('1.《土地管理法》(主席令第28号);2.《中华人民共和国政府信息公开条例》(国令第711号)');
    expect(r.titles).toEqual(['土地管理法', '中华人民共和国政府信息公开条例']);
    expect(r.numbers).toEqual(['主席令第28号', '国令第711号']);
    expect(r.templates).toEqual([]);
  });

  it('finds the template tail next to a real title', () => {
    expect(readBasis('《信息公开条例》及相关规定').templates).toEqual(['及相关规定']);
    expect(readBasis('《国务院关于进一步加强和改进最低生活保障工作的意见》、各地相关政策法规文件').templates).toEqual(['各地相关政策法规文件']);
    expect(readBasis('《中共中央、国务院转发<…>》、各省“七五”普法规划').templates).toEqual(['各省“七五”普法规划']);
  });

  it('does not take a year inside a title for a document number', () => {
    expect(readBasis('《第七个五年规划(2016-2020年)》').numbers).toEqual([]);
  });

  it('flags placeholder titles', () => {
    const r = readBasis('《重庆市XX年涉农补贴实施方案》');
    expect(r.placeholderTitles).toEqual(['重庆市XX年涉农补贴实施方案']);
    expect(citesDocument(r)).toBe(false);
  });

  it('takes extra template phrases from the options', () => {
    expect(readBasis('区里的文件', { templatePhrases: ['区里的文件'] }).templates).toEqual(['区里的文件']);
  });

  it('reads the same text again by the options of each call, not those of an earlier one', () => {
    // Readings are cached by text; the phrases are part of the answer.
    expect(readBasis('镇里的文件').templates).toEqual([]);
    expect(readBasis('镇里的文件', { templatePhrases: ['镇里的文件'] }).templates).toEqual(['镇里的文件']);
    expect(readBasis('镇里的文件', { templatePhrases: ['里的'] }).templates).toEqual(['里的']);
    expect(readBasis('镇里的文件').templates).toEqual([]);
  });
});
