// `plancheck template`: writes the CSV sheets (or .xlsx workbook) member units fill in, whole sheet per unit if asked.
import { optimizeFully } from './optimizer.js';
import fs from 'node:fs';
import path from 'node:path';
import { selectRules } from '../evaluate/evaluate-plans.js';
import { message } from '../i18n/messages.js';
import type { PlanModel } from '../model/plan-model.js';
import { renderTemplate, splitByLead, templateJson, templateRows, type TemplateRow } from '../render/template.js';
import { guardText, say } from '../i18n/guard-messages.js';
import { defaultInput, resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { loadModelOrThrow } from './load-inputs.js';
import { readUnitLists, withUnitLists } from '../load/unit-lists.js';
import { InputError } from '../model/diagnostic.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { parseFormat, parseYear } from './options.js';
import { checkSelection } from './check-selection.js';
import { writeOutput } from './write-output.js';
import type { Lang } from '../i18n/format.js';

export interface TemplateOptions {
  plans?: string[];
  plan?: string;
  domain?: string;
  lead?: string;
  year?: string;
  format?: string;
  output?: string;
  /** A folder, or true when --output names the folder. */
  splitByLead?: string | boolean;
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  lang?: string;
  quiet?: boolean;
  /** Data files or folders holding the county's unit lists. */
  data?: string[];
}

/** The file name of a lead unit's sheet (characters Windows forbids in names replaced). */
export function sheetFileName(unit: string): string {
  return `${unit.replace(/[\\/:*?"<>|]/g, '_')}.csv`;
}

export interface TemplateSheets {
  year: number;
  rows: TemplateRow[];
  render: (rows: readonly TemplateRow[], bom: boolean) => string;
}

/** The rows every selected rule needs and how to write them, shared by `template` and `init`. */
export async function prepareTemplate(options: TemplateOptions, io: Io, lang: Lang, today = new Date()): Promise<TemplateSheets & { model: PlanModel; listFiles: string[] }> {
  const { model: planModel } = await loadModelOrThrow(options, io);
  // Rows per township and village come from the county's lists beside the data.
  // The lists come from the data given, else ./data, else the bundled folder (a sheet to fill in is no verdict).
  const unitLists = await readUnitLists(options.data?.length ? options.data : [defaultInput('data', io.cwd).path], planModel);
  if (unitLists.diagnostics.some((d) => d.severity === 'error')) throw new InputError(unitLists.diagnostics);
  const warnings = options.quiet ? '' : renderDiagnostics(unitLists.diagnostics, { includeInfo: false, examplesPerKind: 3, lang });
  if (warnings) io.stderr(warnings);
  const model = withUnitLists(planModel, unitLists.lists);
  // Annual monitoring reports the year just ended, within the plans' years.
  const lastPlanYear = Math.max(...model.plans.map((p) => p.deadline));
  const year = parseYear(options.year) ?? Math.min(today.getFullYear() - 1, lastPlanYear);
  const rules = selectRules(model, options);
  checkSelection(model, options, lang);
  const rows = templateRows(rules, model);
  const dimensionName = (id: string) => {
    const dimension = model.dimensions.get(id);
    return (lang === 'zh' ? dimension?.name : dimension?.name_en) ?? id;
  };
  const listFiles = [...unitLists.lists.values()].map((list) => list.file);
  return { model, year, rows, listFiles, render: (sheetRows, bom) => renderTemplate(sheetRows, { year, bom, lang, dimensionName }) };
}

export async function runTemplate(options: TemplateOptions, io: Io, today = new Date()): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat(options.format ?? 'csv', ['csv', 'json', 'xlsx'] as const);
  const { model, year, rows, render } = await prepareTemplate(options, io, lang, today);
  if (format === 'xlsx') return writeWorkbooks(options, rows, year, model, io, lang);
  if (options.splitByLead !== undefined && options.splitByLead !== false) {
    const directory = typeof options.splitByLead === 'string' ? options.splitByLead : options.output;
    if (!directory) throw new UsageError('splitNeedsFolder');
    makeFolder(directory, lang);
    const sheets = splitByLead(rows);
    for (const [unit, unitRows] of [...sheets].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
      // Sheets are files a member unit opens in Excel: a BOM unless --no-bom.
      await writeOutput(path.join(directory, sheetFileName(unit)), render(unitRows, options.bom ?? true), model.files, lang);
    }
    if (!options.quiet) io.stderr(`${message('sheetsWritten', lang, { count: sheets.size, dir: directory })}\n`);
    return EXIT.ok;
  }
  const text = format === 'json' ? templateJson(rows, year) : render(rows, options.bom ?? Boolean(options.output));
  if (options.output) await writeOutput(options.output, text, model.files, lang);
  else io.stdout(text);
  return EXIT.ok;
}

/** `--format xlsx`: one workbook with a sheet per lead unit, or with --split-by-lead one workbook per unit. */
async function writeWorkbooks(options: TemplateOptions, rows: TemplateRow[], year: number, model: PlanModel, io: Io, lang: Lang): Promise<number> {
  const split = options.splitByLead !== undefined && options.splitByLead !== false;
  if (!options.output && !split) throw new UsageError('xlsxNeedsOutput');
  // exceljs is large: loaded only for this; building workbooks runs long enough for optimised code to pay off.
  optimizeFully();
  const { renderTemplateWorkbook } = await import('../render/template-xlsx.js');
  const sheets = [...splitByLead(rows)].sort((a, b) => a[0].localeCompare(b[0], 'zh')).map(([unit, unitRows]) => ({ unit, rows: unitRows }));
  if (split) {
    const directory = typeof options.splitByLead === 'string' ? options.splitByLead : options.output;
    if (!directory) throw new UsageError('splitNeedsFolder');
    makeFolder(directory, lang);
    for (const sheet of sheets) {
      await writeOutput(path.join(directory, `${sheet.unit.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`), await renderTemplateWorkbook([sheet], year, model.dimensions), model.files, lang);
    }
    if (!options.quiet) io.stderr(`${message('workbooksWritten', lang, { count: sheets.length, dir: directory })}\n`);
    return EXIT.ok;
  }
  await writeOutput(options.output!, await renderTemplateWorkbook(sheets, year, model.dimensions), model.files, lang);
  return EXIT.ok;
}

/** The folder for --split-by-lead: made when missing; an existing file there is refused, not written into. */
function makeFolder(directory: string, lang: Lang): void {
  const existing = fs.statSync(directory, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError(say(lang, guardText.splitTargetNotFolder(directory)));
  try {
    fs.mkdirSync(directory, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(say(lang, code === 'EEXIST' || code === 'ENOTDIR' ? guardText.splitTargetNotFolder(directory) : guardText.cannotCreateFolder(directory, code)));
  }
}
