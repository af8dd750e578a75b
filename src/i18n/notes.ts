import type { ReadNote } from '../model/types.js';
import type { Lang } from './index.js';

const REASONS = {
  zh: { empty: '空工作表', 'no-header': '没有找到目录表头', instructions: '说明类工作表' },
  en: { empty: 'empty sheet', 'no-header': 'no catalog header found', instructions: 'an instructions sheet' },
};

export function describeNote(note: ReadNote, lang: Lang): string {
  switch (note.kind) {
    case 'sheet-skipped': {
      const reason = REASONS[lang][note.reason ?? 'no-header'];
      return lang === 'zh' ? `工作表“${note.sheet}”不是目录（${reason}），已跳过` : `sheet "${note.sheet}" is not a catalog (${reason}); skipped`;
    }
    case 'hidden-sheet':
      return lang === 'zh' ? `工作表“${note.sheet}”是隐藏的，仍会检查（隐藏内容同样会被发布）` : `sheet "${note.sheet}" is hidden; it is still checked (hidden content gets published too)`;
    case 'csv-encoding':
      return lang === 'zh' ? `CSV 编码：${note.detail}` : `CSV encoding: ${note.detail}`;
    case 'csv-mixed-encoding': {
      const enc = note.encoding === 'utf-8' ? 'UTF-8' : 'GBK';
      const more = (note.lines ?? 0) > 5;
      return lang === 'zh'
        ? `文件混用了 UTF-8 和 GBK 两种编码（第 ${note.detail} 行${more ? `等 ${note.lines} 行` : ''}是 ${enc}），已逐行识别；请核对这些行的文字，并统一另存为 UTF-8`
        : `the file mixes UTF-8 and GBK (line ${(note.detail ?? '').replace(/、/g, ', ')}${more ? ` and others, ${note.lines} lines in all,` : ''} in ${enc}); each line was decoded on its own. Check those lines and save the file as UTF-8`;
    }
    case 'csv-quote-span':
      return lang === 'zh'
        ? `第 ${note.detail} 行的一个单元格把后面 ${note.lines} 行也并了进去（其中含有多个分隔符），多半是少了一个引号，这些行没有作为事项检查；请检查该行的引号`
        : `a cell on line ${note.detail} takes in the next ${note.lines} lines, which hold several delimiters: most likely a stray quote, and those lines were not checked as items; check the quotes on that line`;
  }
}
