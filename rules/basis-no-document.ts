import type { Rule } from '../src/engine/types.js';
import { citesDocument, readBasis } from './lib/basis.js';
import { isBlankLike } from './lib/blank.js';

/** Quotes a cell on one line, shortened so a long list of laws does not swamp the message. */
function quote(text: string, max = 40): string {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Checkpoint 3: a 公开依据 that cites no document, or leaves template text in place. */
export const basisNoDocument: Rule = {
  meta: {
    id: 'basis-no-document',
    checkpoint: 3,
    element: 'basis',
    severity: 'warning',
    description: {
      zh: '公开依据没有列出具体文件（没有《》书名或文号），或只写了“相关政策规定”“各地配套政策法规文件”等模板文字',
      en: 'The basis (公开依据) cites no document (no 《》 title, no document number), or only template text such as 相关政策规定',
    },
    messages: {
      noDocument: {
        zh: '事项“{item}”的公开依据“{text}”没有列出具体的法律法规或文件',
        en: 'item "{item}" gives the basis "{text}", which names no law, regulation or document',
      },
      templateOnly: {
        zh: '事项“{item}”的公开依据“{text}”是模板文字，没有列出具体文件',
        en: 'item "{item}" gives the basis "{text}", which is template text naming no document',
      },
      templatePart: {
        zh: '事项“{item}”的公开依据中{phrases}是模板文字，应换成本地的具体文件或删去',
        en: 'item "{item}": {phrasesEn} in the basis is template text; replace it with the local documents or delete it',
      },
      placeholderTitle: {
        zh: '事项“{item}”的公开依据《{title}》是未填写完整的模板标题',
        en: 'item "{item}" cites 《{title}》, a template title that was never filled in',
      },
    },
    fix: {
      zh: '逐条写明依据的法律法规和文件全称，加书名号并注明文号，如“《中华人民共和国政府信息公开条例》（国令第711号）”',
      en: 'list each law, regulation and document by its full title in 《》 with its number, e.g. 《中华人民共和国政府信息公开条例》（国令第711号）',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        templatePhrases: { type: 'array', items: { type: 'string' }, description: 'Extra phrases to treat as template text.' },
        reportTemplateAlongsideDocuments: {
          type: 'boolean',
          description: 'Also warn when template text stands next to real documents ("《…》、各地配套政策法规文件").',
        },
      },
    },
    defaultOptions: { templatePhrases: [], reportTemplateAlongsideDocuments: true },
  },
  create(context) {
    const templatePhrases = (context.options.templatePhrases as string[] | undefined) ?? [];
    const alongside = context.options.reportTemplateAlongsideDocuments !== false;
    return {
      item(item, table) {
        const cell = item.basis;
        if (!cell || isBlankLike(cell.text)) return; // empty or "/": element-empty says so
        const reading = readBasis(cell.text, { templatePhrases });
        const at = { item, table, cell };
        for (const title of reading.placeholderTitles) context.report({ at, messageId: 'placeholderTitle', data: { title: quote(title) } });
        if (!citesDocument(reading)) {
          if (reading.placeholderTitles.length > 0) return; // already said why
          context.report({ at, messageId: reading.templates.length > 0 ? 'templateOnly' : 'noDocument', data: { text: quote(cell.text) } });
          return;
        }
        if (alongside && reading.templates.length > 0) {
          const phrases = reading.templates.map((p) => `“${p}”`).join('');
          const phrasesEn = reading.templates.map((p) => `"${p}"`).join(', ');
          context.report({ at, messageId: 'templatePart', data: { phrases, phrasesEn } });
        }
      },
    };
  },
};
