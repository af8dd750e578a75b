import type { Rule } from '../src/engine/types.js';
import { itemCells } from '../src/model/cells.js';
import { cellRef } from '../src/model/location.js';
import type { CatalogTable } from '../src/model/types.js';
import { findPersonalData, mayHoldPersonalData, type PersonalDataKind } from '../src/privacy/personal-data.js';

const KIND = {
  residentId: { zh: '居民身份证号码', en: 'resident ID number' },
  mobile: { zh: '手机号码', en: 'mobile phone number' },
} satisfies Record<PersonalDataKind, { zh: string; en: string }>;

/** The rows of the table's notes, in the order of table.notes (the model records both together). */
function noteRowsOf(table: CatalogTable): (number | undefined)[] {
  const rows = table.skippedRows.filter((s) => s.reason === 'note').map((s) => s.row);
  return rows.length === table.notes.length ? rows : [];
}

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
        const data = (hit: { kind: PersonalDataKind; masked: string }, where: string, whereEn: string) => ({ where, whereEn, kind: KIND[hit.kind].zh, kindEn: KIND[hit.kind].en, masked: hit.masked });
        // The title's row is not kept by the model, so a title finding sits on the table.
        for (const hit of table.title ? findPersonalData(table.title) : []) context.report({ at: { table }, messageId: 'tableText', data: data(hit, '标题', 'title') });
        const noteRows = noteRowsOf(table);
        table.notes.forEach((note, i) => {
          const row = noteRows[i];
          const at = row ? { cell: cellRef(table.sheet, row - 1, Math.min(...table.columns.map((c) => c.col)) - 1), table } : { table };
          for (const hit of findPersonalData(note)) context.report({ at, messageId: 'tableText', data: data(hit, '注释', 'notes') });
        });
      },
      item(item, table) {
        for (const cell of itemCells(item, { ownOnly: true })) {
          if (!mayHoldPersonalData(cell.text)) continue; // nearly every cell: no number at all
          for (const hit of findPersonalData(cell.text)) {
            context.report({ at: { item, table, cell }, messageId: 'cell', data: { kind: KIND[hit.kind].zh, kindEn: KIND[hit.kind].en, masked: hit.masked } });
          }
        }
      },
    };
  },
};
