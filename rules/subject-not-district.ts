import type { Rule } from '../src/engine/types.js';
import { classifySubject, normaliseBody, type BodyKind } from '../src/subjects/index.js';

// Kinds this rule reports, each with its own message; district, township, placeholder
// (subject-placeholder's) and unknown (not recognisable either way) are left alone.
const REPORTED: Partial<Record<BodyKind, string>> = {
  city: 'city',
  province: 'province',
  central: 'central',
  'non-government': 'nonGovernment',
  'non-executive': 'nonExecutive',
  institution: 'institution',
  village: 'village',
};

/** Checkpoint 4: a subject that is neither a district department nor a township government or street office. */
export const subjectNotDistrict: Rule = {
  meta: {
    id: 'subject-not-district',
    checkpoint: 4,
    element: 'subject',
    severity: 'error',
    description: {
      zh: '公开主体不是区县政府部门或乡镇政府（街道办事处），而是市级、省级、中央单位或企业、社会组织、学校医院、村（居）委会等',
      en: 'The publishing subject is not a district department or a township government / street office but a city, provincial or central body, a company, association, school, hospital or village committee',
    },
    messages: {
      city: {
        zh: '公开主体“{body}”是市级单位；区县目录的公开主体应为区县政府部门或乡镇政府（街道办事处）',
        en: '"{body}" is a city-level body; a district catalog names district departments or township governments (street offices)',
      },
      province: {
        zh: '公开主体“{body}”是省级单位；区县目录的公开主体应为区县政府部门或乡镇政府（街道办事处）',
        en: '"{body}" is a provincial body; a district catalog names district departments or township governments (street offices)',
      },
      central: {
        zh: '公开主体“{body}”是中央（国家）单位；区县目录的公开主体应为区县政府部门或乡镇政府（街道办事处）',
        en: '"{body}" is a central-government body; a district catalog names district departments or township governments (street offices)',
      },
      nonGovernment: {
        zh: '公开主体“{body}”不是行政机关（企业、社会组织或个人），不能作为政务公开主体',
        en: '"{body}" is not a government body (a company, association or person) and cannot be the publishing subject',
      },
      nonExecutive: {
        zh: '公开主体“{body}”是人大、政协或司法机关，不是区县政府部门',
        en: '"{body}" is a people\'s congress, CPPCC or judicial body, not a district government department',
      },
      institution: {
        zh: '公开主体“{body}”是学校、医院等事业单位，不是区县政府部门或乡镇政府（街道办事处）',
        en: '"{body}" is a public institution (school, hospital …), not a district department or township government',
      },
      village: {
        zh: '公开主体“{body}”是村（居）民委员会，属于群众自治组织，不是政府机关',
        en: '"{body}" is a villagers\' or residents\' committee, a self-governing body, not a government body',
      },
    },
    fix: {
      zh: '按“谁履职、谁产生、谁公开”改为本区县负责该事项的部门（如“区民政局”）或乡镇政府（街道办事处）；确需由该单位公开的，可在配置中用 accept 列出',
      en: 'name the district department (e.g. 区民政局) or the township government / street office responsible for the item; if this body really publishes it, list it under the rule\'s "accept" option',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        accept: { type: 'array', items: { type: 'string' }, description: 'Body names accepted as they are (e.g. a school the district lets publish enrolment information).' },
        allowInstitutions: { type: 'boolean', description: 'Accept schools, hospitals and other public institutions as subjects.' },
      },
    },
    defaultOptions: { accept: [], allowInstitutions: false },
  },
  create(context) {
    const accept = new Set(((context.options.accept as string[] | undefined) ?? []).map(normaliseBody));
    const allowInstitutions = context.options.allowInstitutions === true;
    return {
      item(item, table) {
        if (!item.subject) return;
        for (const body of classifySubject(item.subject, table, context.workbook.path)) {
          const messageId = REPORTED[body.kind];
          if (!messageId || accept.has(normaliseBody(body.text))) continue;
          if (body.kind === 'institution' && allowInstitutions) continue;
          context.report({ at: { item, table, cell: item.subject.value }, messageId, data: { body: body.text } });
        }
      },
    };
  },
};
