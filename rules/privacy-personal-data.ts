import type { Rule } from '../src/engine/types.js';
import { itemCells } from '../src/model/cells.js';
import { findPersonalData, type PersonalDataKind } from '../src/privacy/personal-data.js';

const KIND = {
  residentId: { zh: '居民身份证号码', en: 'resident ID number' },
  mobile: { zh: '手机号码', en: 'mobile phone number' },
} satisfies Record<PersonalDataKind, { zh: string; en: string }>;

/** Personal data in a catalog that will be published: resident ID numbers and mobile numbers. */
export const privacyPersonalData: Rule = {
  meta: {
    id: 'privacy-personal-data',
    checkpoint: null,
    element: null,
    severity: 'error',
    description: {
      zh: '单元格中有疑似个人信息（居民身份证号码、手机号码）；标准目录要公开发布，不得包含个人信息',
      en: 'A cell holds what looks like personal data (a resident ID number or a mobile number); catalogs are published',
    },
    messages: {
      cell: {
        zh: '单元格中有疑似{kind}“{masked}”；标准目录会公开发布，不得包含个人信息',
        en: 'the cell holds what looks like a {kindEn} ({masked}); catalogs are published and must hold no personal data',
      },
      tableText: {
        zh: '表格{where}中有疑似{kind}“{masked}”；标准目录会公开发布，不得包含个人信息',
        en: 'the table {whereEn} holds what looks like a {kindEn} ({masked}); catalogs are published and must hold no personal data',
      },
    },
    fix: {
      zh: '删除该号码；需要联系方式的，写单位的办公电话或咨询电话。公开前按“三审三校”检查个人隐私',
      en: 'delete the number; where a contact is needed, give the office\'s public telephone number. Check for personal data before publishing',
    },
  },
  create(context) {
    return {
      table(table) {
        const texts: [string | undefined, string, string][] = [[table.title, '标题', 'title'], ...table.notes.map((n): [string, string, string] => [n, '注释', 'notes'])];
        for (const [text, where, whereEn] of texts) {
          for (const hit of text ? findPersonalData(text) : []) {
            context.report({ at: { table }, messageId: 'tableText', data: { where, whereEn, kind: KIND[hit.kind].zh, kindEn: KIND[hit.kind].en, masked: hit.masked } });
          }
        }
      },
      item(item, table) {
        for (const cell of itemCells(item, { ownOnly: true })) {
          for (const hit of findPersonalData(cell.text)) {
            context.report({ at: { item, table, cell }, messageId: 'cell', data: { kind: KIND[hit.kind].zh, kindEn: KIND[hit.kind].en, masked: hit.masked } });
          }
        }
      },
    };
  },
};
