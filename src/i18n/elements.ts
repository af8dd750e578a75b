import type { ElementKey } from '../model/types.js';
import type { Localized } from './index.js';

export const ELEMENT_LABELS: Record<ElementKey, Localized> = {
  name: { zh: '公开事项名称', en: 'item name' },
  content: { zh: '公开内容', en: 'content' },
  basis: { zh: '公开依据', en: 'legal basis' },
  timeLimit: { zh: '公开时限', en: 'time limit' },
  subject: { zh: '公开主体', en: 'publishing subject' },
  channel: { zh: '公开渠道和载体', en: 'channel' },
  audience: { zh: '公开对象', en: 'audience' },
  mode: { zh: '公开方式', en: 'disclosure mode' },
  level: { zh: '公开层级', en: 'level' },
};
