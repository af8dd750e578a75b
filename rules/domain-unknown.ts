import type { Rule } from '../src/engine/types.js';
import { parsePlaceChain } from '../src/subjects/index.js';

/** The table's domain is not one of the 26 pilot domains, or could not be told at all. */
export const domainUnknown: Rule = {
  meta: {
    id: 'domain-unknown',
    checkpoint: null,
    element: null,
    severity: 'warning',
    description: {
      zh: '表格所属领域不是26个试点领域之一，或无法从标题、工作表名、文件名识别',
      en: 'The table\'s domain is not one of the 26 pilot domains, or cannot be told from its title, sheet name or file name',
    },
    messages: {
      unknown: {
        zh: '领域“{domain}”不是26个试点领域之一（依据：{evidence}），覆盖度检查无法对应市级目录',
        en: 'the domain "{domain}" is not one of the 26 pilot domains (from: {evidence}); the coverage checks cannot match it to a city catalog',
      },
      undetected: {
        zh: '无法识别表格“{sheet}”所属的领域：标题、工作表名和文件名中都没有试点领域名称',
        en: 'the domain of table "{sheet}" cannot be told: no pilot-domain name in its title, sheet name or file name',
      },
    },
    fix: {
      zh: '在表格标题中写明规范的领域名称，如“户籍管理领域基层政务公开标准目录”；26个试点领域见渝府办发〔2020〕58号附件',
      en: 'put the domain\'s standard name in the table title, e.g. 户籍管理领域基层政务公开标准目录; the 26 pilot domains are listed in 渝府办发〔2020〕58号',
    },
  },
  create(context) {
    return {
      table(table) {
        if (table.domain.known) return;
        // A title read as "<place><domain>领域…" keeps its place ("渝北区政府信息公开"); the domain is what follows.
        const name = table.domain.name === null ? '' : parsePlaceChain(table.domain.name).rest;
        if (name === '') {
          context.report({ at: { table }, messageId: 'undetected' });
          return;
        }
        context.report({ at: { table }, messageId: 'unknown', data: { domain: name, evidence: table.domain.evidence ?? table.domain.source } });
      },
    };
  },
};
