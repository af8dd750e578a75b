import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CatalogTable, LevelTier } from '../src/model/types.js';
import { classifySubject } from '../src/subjects/index.js';

const TOWNSHIP_TIERS: LevelTier[] = ['township', 'village'];
const COUNTY_TIERS: LevelTier[] = ['county'];

const NEED = {
  township: { zh: '乡镇政府或街道办事处', en: 'township government or street office' },
  county: { zh: '区县政府部门', en: 'district department' },
};

/** The header label of the level a tier is marked in ("乡级", "乡、村级", "镇街级"). */
function levelLabel(item: CatalogItem, table: CatalogTable, tiers: LevelTier[]): string | undefined {
  const mark = item.level?.marks.find((m) => tiers.includes(m.key));
  const col = table.levelColumns.find((c) => c.mark && tiers.includes(c.mark as LevelTier));
  const label = mark?.label ?? (col ? (col.labels[col.labels.length - 1] ?? col.header) : undefined);
  // Header labels are often broken by spaces ("乡、 村级", "区 级"); quote them as a person reads them.
  return label?.replace(/\s+/g, '');
}

/** Whether the table has a column where this tier could be marked (a free-text level column can hold any). */
function offers(table: CatalogTable, tiers: LevelTier[]): boolean {
  return table.levelColumns.some((c) => !c.mark || tiers.includes(c.mark as LevelTier));
}

/** Checkpoint 4: the subject does not fit the levels marked (乡级 without a township body, or the reverse). */
export const subjectLevelMismatch: Rule = {
  meta: {
    id: 'subject-level-mismatch',
    checkpoint: 4,
    element: 'subject',
    severity: 'warning',
    description: {
      zh: '公开主体与公开层级不一致：标注了乡级却没有乡镇（街道）主体，或主体是乡镇（街道）却没有标注乡级，区县部门与县级同理',
      en: 'The publishing subject does not fit the levels marked: a township level with no township body, a township body with no township level, and the same for the district level',
    },
    messages: {
      levelWithoutBody: {
        zh: '公开层级标注了“{level}”，但公开主体“{subject}”中没有{need}',
        en: 'the level "{level}" is marked but the subject "{subject}" names no {needEn}',
      },
      bodyWithoutLevel: {
        zh: '公开主体“{body}”是{kind}，但公开层级没有标注“{level}”',
        en: 'the subject "{body}" is a {kindEn} but the level "{level}" is not marked',
      },
    },
    fix: {
      zh: '核对该事项由哪一级公开：乡镇（街道）公开的，公开主体写明乡镇政府（街道办事处）并标注乡级；区县部门公开的，标注县级',
      en: 'check which tier publishes the item: if the townships do, name them in the subject and mark the township level; if a district department does, mark the district level',
    },
  },
  create(context) {
    return {
      item(item, table) {
        if (!item.subject || !item.level || table.levelColumns.length === 0) return;
        const chosen = item.level.chosen;
        if (chosen.length === 0) return; // nothing marked: audience/level rules speak to that
        const bodies = classifySubject(item.subject, table, context.workbook.path);
        const township = bodies.find((b) => b.kind === 'township');
        const district = bodies.find((b) => b.kind === 'district');
        if (!township && !district) return; // template text or other tiers: other rules report those
        const townshipMarked = chosen.includes('township') || chosen.includes('village');
        const countyMarked = chosen.includes('county');
        const { bodies: names, value: cell } = item.subject;
        const report = (messageId: string, data: Record<string, unknown>) =>
          context.report({ at: { item, table, cell }, messageId, data: { subject: names.join('、'), ...data } });

        // A police station (派出所) works in its township: it may carry the township level.
        if (townshipMarked && !township && !bodies.some((b) => b.servesTownship)) {
          return report('levelWithoutBody', { level: levelLabel(item, table, TOWNSHIP_TIERS), need: NEED.township.zh, needEn: NEED.township.en });
        }
        if (countyMarked && !district) {
          return report('levelWithoutBody', { level: levelLabel(item, table, COUNTY_TIERS), need: NEED.county.zh, needEn: NEED.county.en });
        }
        if (township && !townshipMarked && offers(table, TOWNSHIP_TIERS)) {
          return report('bodyWithoutLevel', { body: township.text, kind: '乡镇（街道）', kindEn: 'township body', level: levelLabel(item, table, TOWNSHIP_TIERS) });
        }
        if (district && !countyMarked && offers(table, COUNTY_TIERS)) {
          return report('bodyWithoutLevel', { body: district.text, kind: '区县政府部门', kindEn: 'district department', level: levelLabel(item, table, COUNTY_TIERS) });
        }
      },
    };
  },
};
