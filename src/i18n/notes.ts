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
      return lang === 'zh'
        ? `文件混用了 UTF-8 和 GBK 两种编码（第 ${note.detail} 是 ${enc}），已逐行识别；请核对这些行的文字，并统一另存为 UTF-8`
        : `the file mixes UTF-8 and GBK (lines ${(note.detail ?? "").replace(/、/g, ', ').replace(/ 等 (\d+) 行/, ' and more, $1 lines')} are ${enc}); each line was decoded on its own. Check those lines and save the file as UTF-8`;
    }
    case 'csv-quote-span':
      return lang === 'zh'
        ? `第 ${note.detail} 行的一个单元格跨越了 ${note.lines} 行且含有多个分隔符，可能少了一个引号，把后面的行并进了这个单元格；请检查该行的引号`
        : `a cell on line ${note.detail} runs over ${note.lines} lines and holds several delimiters: probably a stray quote that swallowed the rows below; check the quotes on that line`;
  }
}
