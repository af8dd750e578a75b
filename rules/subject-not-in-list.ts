import type { Rule } from '../src/engine/types.js';
import { checkSubject, type SubjectVerdict } from '../src/coverage/subjects.js';
import { classifyBody, tableContext, type BodyKind } from '../src/subjects/index.js';

// An unlisted body of these kinds is already reported, once, by subject-placeholder (template
// text) or subject-not-district (a city body, a company, a village committee …).
const REPORTED_ELSEWHERE: ReadonlySet<BodyKind> = new Set<BodyKind>(['placeholder', 'city', 'province', 'central', 'non-government', 'non-executive', 'institution', 'village']);

/** Checkpoint 4: a publishing subject that is not one of the district's bodies in the --subjects file. */
export const subjectNotInList: Rule = {
  meta: {
    id: 'subject-not-in-list',
    checkpoint: 4,
    element: 'subject',
    severity: 'error',
    requires: ['subjects'],
    description: {
      zh: '公开主体不在本区县部门和乡镇（街道）名单中',
      en: 'A publishing subject is not among the district departments, townships and streets of the subjects file',
    },
    messages: {
      unknown: {
        zh: '公开主体“{body}”不在主体名单 {refFile} 中，是否应为：{suggestZh}？',
        en: 'publishing subject "{body}" is not in the subjects file {refFile}; did you mean {suggestEn}?',
      },
      unknownNoSuggestion: {
        zh: '公开主体“{body}”不在主体名单 {refFile} 中',
        en: 'publishing subject "{body}" is not in the subjects file {refFile}',
      },
      noTownships: {
        zh: '公开主体“{body}”指各乡镇（街道），但主体名单 {refFile} 中没有乡镇或街道',
        en: 'publishing subject "{body}" stands for the townships and streets, but the subjects file {refFile} lists none',
      },
    },
    fix: {
      zh: '使用主体名单中的规范名称（本区县政府部门或乡镇人民政府、街道办事处）；名单中缺少的单位请补入名单',
      en: 'use the name the subjects file gives (a district department, a township government or a street office); add a missing body to the file',
    },
  },
  create(context) {
    const subjects = context.references.subjects!;
    const verdicts = new Map<string, SubjectVerdict>();
    return {
      item(item, table) {
        if (!item.subject) return;
        for (const body of item.subject.bodies) {
          let verdict = verdicts.get(body);
          if (!verdict) verdicts.set(body, (verdict = checkSubject(body, subjects)));
          const data = { body, refFile: subjects.file };
          const at = { item, table, cell: item.subject.value };
          if (verdict.kind === 'no-townships') context.report({ at, messageId: 'noTownships', data });
          if (verdict.kind !== 'unknown') continue;
          if (REPORTED_ELSEWHERE.has(classifyBody(body, tableContext(table, context.workbook.path)).kind)) continue;
          if (verdict.suggestions.length === 0) context.report({ at, messageId: 'unknownNoSuggestion', data });
          else {
            context.report({
              at,
              messageId: 'unknown',
              data: { ...data, suggestZh: verdict.suggestions.map((s) => `“${s}”`).join('、'), suggestEn: verdict.suggestions.map((s) => `"${s}"`).join(', ') },
            });
          }
        }
      },
    };
  },
};
