// The model's CellValue objects. There is one per cell of every item, so their size is most of
// the model's size: a 100,000-row catalog made 1.4 million CellRefs (56 bytes each) that rules
// mostly never read. A cell's CellRef is therefore made when `cell` is first read, from a place
// its column shares, and kept from then on (the same object on every read).
//
// `cell` is an own enumerable accessor, so JSON.stringify (the dump), object spread, `in`, and
// v8.serialize / structuredClone (reference catalogs sent to workers) all see a plain data
// value, exactly as before. Every accessor uses one shared getter, so V8 keeps it in the
// hidden class: it costs no memory per object.
import type { CellRef, CellValue } from './types.js';
import { positionKey, refKey } from './location.js';

/** A column's place: a CellRef-shaped object whose row 0 (rows are 1-based) marks it as shared. */
export type ColumnPlace = CellRef;

export function columnPlace(sheet: string, column: string, col: number): ColumnPlace {
  return { sheet, row: 0, column, col };
}

let readCell: (this: ModelCell) => CellRef;
let keyOf: (value: ModelCell) => number;

class ModelCell {
  /** The column's place until `cell` is first read, then the cell's own CellRef. */
  #at: CellRef;
  /** 1-based row. */
  #row: number;
  declare text: string;
  declare raw: string;
  declare readonly cell: CellRef;

  constructor(text: string, raw: string, place: ColumnPlace, row: number) {
    this.#at = place;
    this.#row = row;
    this.text = text;
    this.raw = raw;
    Object.defineProperty(this, 'cell', CELL);
  }

  static {
    readCell = function (this: ModelCell): CellRef {
      const at = this.#at;
      if (at.row !== 0) return at;
      const ref: CellRef = { sheet: at.sheet, row: this.#row, column: at.column, col: at.col };
      this.#at = ref;
      return ref;
    };
    keyOf = (value) => (#at in value ? positionKey(value.#row, value.#at.col) : -1);
  }
}

const CELL: PropertyDescriptor = { get: () => undefined, enumerable: true, configurable: true };
CELL.get = readCell!;

/** A cell covered by a merge; its own class so that `mergedFrom` is an in-object field too. */
class CoveredCell extends ModelCell {
  declare mergedFrom: CellRef;

  constructor(text: string, raw: string, place: ColumnPlace, row: number, mergedFrom: CellRef) {
    super(text, raw, place, row);
    this.mergedFrom = mergedFrom;
  }
}

/** A CellValue at `row` (1-based) of the column `place`, optionally covered by a merge from `mergedFrom`. */
export function cellValue(text: string, raw: string, place: ColumnPlace, row: number, mergedFrom?: CellRef): CellValue {
  return mergedFrom === undefined ? new ModelCell(text, raw, place, row) : new CoveredCell(text, raw, place, row, mergedFrom);
}

/** refKey(value.cell) without making the CellRef. */
export function cellValueKey(value: CellValue): number {
  const key = keyOf(value as ModelCell);
  return key >= 0 ? key : refKey(value.cell);
}
