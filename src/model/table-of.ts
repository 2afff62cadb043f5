// An ObservationTable from observation objects: for tests and results built by hand (the loader fills one directly).
import type { Observation } from './data.js';
import { MARK, ObservationTable } from './observation-table.js';

/** The observations as a table; a later one for the same indicator, dims and year replaces an earlier one. */
export function tableOf(observations: readonly Observation[]): ObservationTable {
  const table = new ObservationTable();
  for (const o of observations) {
    const id = table.idNumber(o.indicator);
    const dims = table.dimsId(o.dims);
    const mark = o.assessment !== null ? MARK[o.assessment] : o.value !== null ? MARK.number : MARK.missing;
    const at = table.find(id, dims, o.year);
    const file = table.fileNumber(o.source.file);
    if (at === -1) table.append(id, dims, o.year, mark, o.value ?? 0, file, o.source.line, o.source.column ?? 0);
    else table.overwrite(at, mark, o.value ?? 0, file, o.source.line, o.source.column ?? 0);
  }
  return table;
}

/** A table as it is, or observation objects made into one. */
export function asTable(source: ObservationTable | readonly Observation[]): ObservationTable {
  return source instanceof ObservationTable ? source : tableOf(source);
}
