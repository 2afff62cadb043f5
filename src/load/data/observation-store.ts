// Holds one observation per (indicator, year, dims) and classifies repeats: duplicate, conflict, filled gap.
import { MARK, ObservationTable } from '../../model/observation-table.js';

export type AddOutcome =
  /** New, or it replaced a missing value given earlier. */
  | 'added'
  /** Same value as before; the first is kept. */
  | 'duplicate'
  /** A different value: an error, so the run stops (the first stays in the store only for the messages). */
  | 'conflict'
  /** A missing value where a value is already known; the known one is kept. */
  | 'redundant-missing';

/** One cell's content and place, as numbers: the loader adds a million of these without making objects. */
export interface CellInput {
  id: number;
  dimsId: number;
  year: number;
  mark: number;
  value: number;
  file: number;
  line: number;
  column: number;
}

export class ObservationStore {
  readonly table = new ObservationTable();
  /** Position of the observation an outcome other than 'added' is about (the first one given). */
  lastFirst = -1;

  add(cell: CellInput): AddOutcome {
    const { table } = this;
    const at = table.find(cell.id, cell.dimsId, cell.year);
    if (at === -1) {
      table.append(cell.id, cell.dimsId, cell.year, cell.mark, cell.value, cell.file, cell.line, cell.column);
      return 'added';
    }
    this.lastFirst = at;
    const first = table.mark(at);
    if (first === MARK.missing && cell.mark !== MARK.missing) {
      table.overwrite(at, cell.mark, cell.value, cell.file, cell.line, cell.column);
      return 'added';
    }
    if (cell.mark === MARK.missing && first !== MARK.missing) return 'redundant-missing';
    return sameContent(first, table.value(at) ?? 0, cell) ? 'duplicate' : 'conflict';
  }
}

function sameContent(mark: number, value: number, cell: CellInput): boolean {
  if (mark !== cell.mark) return false;
  if (mark !== MARK.number) return true;
  return Math.abs(value - cell.value) <= 1e-9 * Math.max(Math.abs(value), Math.abs(cell.value));
}
