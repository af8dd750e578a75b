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
  }
}
