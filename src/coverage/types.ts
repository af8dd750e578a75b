// Reference data for the coverage checks (checkpoints 1 and 2, subjects, baseline).
// Loaded once per run and shared by every file checked.
import type { CatalogWorkbook } from '../model/types.js';

export interface ReferenceRow {
  /** The reference file, as given on the command line. */
  file: string;
  sheet: string;
  row: number;
  name: string;
  /** Sub-item name (子项名称), content or other text that can match a catalog item. */
  detail?: string;
  /** Domain the row belongs to, when known. */
  domain?: string | null;
  /** Levels at which the row applies (行使层级, or city catalog level marks). */
  tiers: ('city' | 'county' | 'township' | 'village')[];
  department?: string;
}

export interface References {
  city?: { workbooks: CatalogWorkbook[] };
  powerList?: { rows: ReferenceRow[]; files: string[] };
  serviceList?: { rows: ReferenceRow[]; files: string[] };
  subjects?: { file: string; names: string[] };
  baseline?: { workbook: CatalogWorkbook };
}
