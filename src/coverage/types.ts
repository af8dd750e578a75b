// Reference data for the coverage checks (checkpoints 1 and 2, subjects, baseline).
// Loaded once per run by src/coverage/load.ts and shared by every file checked.
import type { CatalogWorkbook, LevelTier } from '../model/types.js';

/** How a list row was attached to a pilot domain (docs/coverage.md). */
export type DomainSource = 'config' | 'column' | 'department' | 'topic';

/** One row of a 权责清单 or 公共服务事项清单. */
export interface ReferenceRow {
  /** The reference file, as given on the command line. */
  file: string;
  sheet: string;
  /** The row as Excel shows it (for CSV, the physical line). */
  row: number;
  /** 事项名称 (主项). */
  name: string;
  /** 子项名称, when the list splits items. */
  detail?: string;
  /** 权力类型 / 事项类型 (行政许可, 行政处罚, 公共服务 …). */
  type?: string;
  /** 实施主体 / 实施机关. */
  department?: string;
  /** Canonical pilot domain, or null when the row could not be attached to one. */
  domain: string | null;
  domainSource: DomainSource | null;
  /** Several domains were possible and none stood out (e.g. 区民政局: 社会救助 or 养老服务). */
  ambiguous?: string[];
  /** Levels at which the row is exercised (行使层级); empty when the list does not say. */
  tiers: LevelTier[];
  /** The 行使层级 cell as written, for messages. */
  tierText?: string;
}

export type ListKind = 'power' | 'service';

export interface ReferenceList {
  kind: ListKind;
  files: string[];
  rows: ReferenceRow[];
  /** Rows grouped by the domain they were attached to. */
  byDomain: Map<string, ReferenceRow[]>;
}

/** --power-list and --service-list: present when either is given. */
export interface ListReferences {
  power?: ReferenceList;
  service?: ReferenceList;
}

export interface SubjectEntry {
  name: string;
  file: string;
  sheet: string;
  row: number;
  /** A township government or street office (乡镇人民政府、街道办事处). */
  township: boolean;
}

export interface SubjectReference {
  file: string;
  entries: SubjectEntry[];
  /** Lookup keys (full name, without the district prefix, without 人民政府/办事处) → entry. */
  keys: Map<string, SubjectEntry>;
}

export interface References {
  city?: { workbooks: CatalogWorkbook[] };
  lists?: ListReferences;
  subjects?: SubjectReference;
  baseline?: { workbook: CatalogWorkbook };
}
