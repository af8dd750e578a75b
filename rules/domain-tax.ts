import type { Rule } from '../src/engine/types.js';

/** 税收管理 in a district catalog: that domain is compiled by the tax authority, not the district. */
export const domainTax: Rule = {
  meta: {
    id: 'domain-tax',
    checkpoint: null,
    element: null,
    severity: 'info',
    description: {
      zh: '区县目录中出现“税收管理”领域：该领域由税务部门编制，不在区县政府编制的25个试点领域之内',
      en: 'A district catalog holds the 税收管理 (tax administration) domain, which the tax authority compiles, not the district',
    },
    messages: {
      tax: {
        zh: '表格“{sheet}”是“税收管理”领域：通知要求区县政府完成“除税收管理领域外的其他25个试点领域”的《标准目录》，该领域由税务部门编制',
        en: 'table "{sheet}" is the 税收管理 (tax administration) domain: districts compile the 25 pilot domains other than tax administration; the tax authority compiles this one',
      },
    },
    fix: {
      zh: '确认该表由税务部门编制并发布；区县政府汇总印发的《标准目录》不含该领域',
      en: 'check that the tax authority compiles and publishes this table; the district government\'s set of catalogs leaves this domain out',
    },
  },
  create(context) {
    return {
      table(table) {
        if (table.domain.name === '税收管理') context.report({ at: { table }, messageId: 'tax' });
      },
    };
  },
};
