import type { Rule } from '../src/engine/types.js';
import { classifySubject, suggestBody, tableContext } from '../src/subjects/index.js';

/** Checkpoint 4: template text left in the 公开主体 cell ("县级政府民政部门", "相关部门", "XX局"). */
export const subjectPlaceholder: Rule = {
  meta: {
    id: 'subject-placeholder',
    checkpoint: 4,
    element: 'subject',
    severity: 'error',
    description: {
      zh: '公开主体是模板文字（如“县级政府民政部门”“相关部门”“XX局”），没有写明具体单位',
      en: 'The publishing subject is template text (such as 县级政府民政部门 "the county civil-affairs department", 相关部门 "the relevant departments" or XX局) rather than a named body',
    },
    messages: {
      placeholder: {
        zh: '公开主体“{text}”是模板文字，应填写具体单位',
        en: 'the publishing subject "{text}" is template text; name the actual body',
      },
    },
    fix: {
      zh: '按“谁履职、谁产生、谁公开”写明本区县的具体部门或乡镇（街道）{example}；多个主体用“、”分隔',
      en: 'name the district department or township (street office) that produces the information{exampleEn}; separate several bodies with 、',
    },
  },
  create(context) {
    return {
      item(item, table) {
        if (!item.subject) return;
        const classified = classifySubject(item.subject, table, context.workbook.path);
        if (!classified.some((b) => b.kind === 'placeholder')) return;
        const bodies = classified.filter((b) => b.kind === 'placeholder');
        const ctx = tableContext(table, context.workbook.path);
        const examples = [...new Set(bodies.map((b) => suggestBody(b.text, ctx)).filter((s): s is string => !!s))];
        const list = examples.map((e) => `“${e}”`).join('');
        context.report({
          at: { item, table, cell: item.subject.value },
          messageId: 'placeholder',
          data: {
            text: bodies.map((b) => b.text).join('、'),
            example: list ? `，如${list}` : '',
            exampleEn: list ? `, e.g. ${examples.join(', ')}` : '',
          },
        });
      },
    };
  },
};
