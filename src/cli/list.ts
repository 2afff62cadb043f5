// `plancheck list`: the rule catalogue, filtered, as a table, JSON or CSV.
import { selectRules } from '../evaluate/evaluate-plans.js';
import { catalogueEntry } from '../render/catalogue.js';
import { renderListCsv, renderListJson, renderListTable } from '../render/list.js';
import { resolveLang, resolveWidth } from './environment.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { loadModelOrThrow } from './load-inputs.js';
import { parseFormat } from './options.js';
import { checkSelection } from './check-selection.js';
import { writeOutput } from './write-output.js';

export interface ListOptions {
  plans?: string[];
  plan?: string;
  domain?: string;
  lead?: string;
  kind?: string;
  format?: string;
  lang?: string;
  output?: string;
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  /** -q: no warnings or notes on stderr. */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export async function runList(options: ListOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat(options.format, ['table', 'json', 'csv'] as const);
  const { model } = await loadModelOrThrow(options, io);
  checkSelection(model, options, lang);
  const entries = selectRules(model, options).map((r) => catalogueEntry(r, model, lang));
  const text =
    format === 'json'
      ? renderListJson(entries)
      : format === 'csv'
        ? renderListCsv(entries, { lang, bom: options.bom ?? Boolean(options.output) })
        : renderListTable(entries, { lang, width: resolveWidth(io) });
  if (options.output) await writeOutput(options.output, text, model.files, lang);
  else io.stdout(text);
  return EXIT.ok;
}
