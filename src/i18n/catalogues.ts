// Every message catalogue in one list, for the completeness tests: a new catalogue is one line here. Texts of
// the CLI and the renderers are checked by tests/i18n/catalogue.test.ts; the loaders' diagnostics, which are
// functions of their figures, come with sample figures (DIAGNOSTIC_CATALOGUES) and are checked by
// tests/i18n/diagnostics/catalogues.test.ts. Not imported by the program itself, so it costs no start-up time.
import { byCode, type Catalogue } from './catalogue.js';
import { CSV_HEADERS_ZH } from './csv-headers.js';
import { EXAMPLES, HELP } from './help.js';
import { KNOWN_KIND_WORDS } from './kinds.js';
import { MESSAGES } from './messages.js';
import { COLUMN_TEXTS } from './render/columns.js';
import { CHANGE_TEXTS, DIFF_TEXTS } from './render/diff.js';
import { EXPLAIN_TEXTS } from './render/explain.js';
import { INIT_TEXTS } from './render/init.js';
import { NARRATIVE_TEXTS } from './render/narrative.js';
import { OUTPUT_TEXTS } from './render/outputs.js';
import { CHANGE_UNIT_TEXTS, REPORT_TEXTS, UNIT_TEXTS } from './render/report.js';
import { TEMPLATE_TEXTS } from './render/template.js';
import { STATUS_WORDS } from './statuses.js';

export { DIAGNOSTIC_CATALOGUES } from './diagnostics/index.js';

/** The examples of each command's --help, one code per example ("evaluate#1"). */
const examples: Catalogue = Object.fromEntries(
  Object.entries(EXAMPLES).flatMap(([command, list]) => list.map((e, i) => [`${command}#${i + 1}`, { zh: e.zh, en: e.en }])),
);

/** CSV headers: Chinese words, and in English the column ids themselves. */
const csvHeaders = byCode({ zh: CSV_HEADERS_ZH, en: Object.fromEntries(Object.keys(CSV_HEADERS_ZH).map((id) => [id, id])) });

export const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  messages: MESSAGES,
  help: HELP,
  helpExamples: examples,
  statuses: byCode(STATUS_WORDS),
  kinds: byCode(KNOWN_KIND_WORDS),
  csvHeaders,
  columns: COLUMN_TEXTS,
  outputs: OUTPUT_TEXTS,
  explain: EXPLAIN_TEXTS,
  diff: DIFF_TEXTS,
  changes: CHANGE_TEXTS,
  report: REPORT_TEXTS,
  units: UNIT_TEXTS,
  changeUnits: CHANGE_UNIT_TEXTS,
  narrative: NARRATIVE_TEXTS,
  template: TEMPLATE_TEXTS,
  init: INIT_TEXTS,
};
