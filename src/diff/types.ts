// The result of comparing two versions of a catalog. It holds plain data only (texts, rows,
// addresses), so every reporter and the JSON output read the same thing and none of them
// needs the model. schema/diff.schema.json describes its JSON form.
import type { ElementKey } from '../model/types.js';

/** The elements a change can concern: the model's eight-plus-one, a grouping column, or an extra column. */
export type DiffElement = ElementKey | 'category' | 'extra';

export type ItemStatus = 'added' | 'removed' | 'renamed' | 'changed';

/** Where an item sits in one version: the first row a person sees in Excel, and the name cell. */
export interface ItemSide {
  sheet: string;
  row: number;
  /** Address of the item's deepest name cell, e.g. "户籍管理!C7". */
  address: string;
  name: string;
  /** The item's 公开内容, so an added or removed item can be judged without opening the file. */
  content: string;
}

export interface ElementChange {
  element: DiffElement;
  /** For `extra` (and `category`): the column header as written in the newer version. */
  column?: string;
  /** The element's text as the cell shows it (merges and 同上 resolved); "" when empty. */
  old: string;
  new: string;
  oldAddress: string | null;
  newAddress: string | null;
  /** For sets (channels, marks, subjects): the entries chosen in the older version… */
  oldValues?: string[];
  /** …and in the newer one. */
  newValues?: string[];
  /** The entries that appear only in the newer version. */
  added?: string[];
  /** …and those that appear only in the older version. */
  removed?: string[];
}

export interface ItemDiff {
  status: ItemStatus;
  old: ItemSide | null;
  new: ItemSide | null;
  /** For renamed items: how alike the two were (0–1), from names and content. */
  similarity?: number;
  /** A removed item breaks "只增不减" (items may be added, never dropped). */
  breaking: boolean;
  changes: ElementChange[];
}

export interface TableSide {
  sheet: string;
  title: string | null;
  /** The recognised domain, or null when the table does not say. */
  domain: string | null;
  items: number;
}

export interface TableNote {
  kind: 'column-added' | 'column-removed';
  element: DiffElement;
  /** Header as written. */
  column: string;
}

export interface TableDiff {
  /** How the two tables were paired: same domain, same sheet name, by position, or not at all. */
  pairedBy: 'domain' | 'sheet' | 'position' | null;
  old: TableSide | null;
  new: TableSide | null;
  notes: TableNote[];
  /** Only the items that differ, in the newer version's order (removed ones where they stood). */
  items: ItemDiff[];
  unchanged: number;
}

export interface DiffSummary {
  added: number;
  removed: number;
  renamed: number;
  changed: number;
  unchanged: number;
  /** True when anything was removed: the newer version breaks "只增不减". */
  breaking: boolean;
}

export interface CatalogDiff {
  old: { path: string };
  new: { path: string };
  tables: TableDiff[];
  summary: DiffSummary;
}
