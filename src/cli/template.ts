// `plancheck template`: writes the CSV sheets (or .xlsx workbook) member units fill in, whole sheet per unit if asked.
import fs from 'node:fs';
import path from 'node:path';
import { selectRules } from '../evaluate/evaluate-plans.js';
import type { PlanModel } from '../model/plan-model.js';
import { renderTemplate, splitByLead, templateRows, type TemplateRow } from '../render/template.js';
import type { Lang } from '../i18n/format.js';
import { guardText, say } from '../i18n/guard-messages.js';
import { resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { loadModelOrThrow, resolveDataPaths } from './load-inputs.js';
import { readUnitLists, withUnitLists } from '../load/unit-lists.js';
import { InputError } from '../model/diagnostic.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { parseYear } from './options.js';
import { writeOutput } from './write-output.js';

export interface TemplateOptions {
  plans?: string[];
  plan?: string;
  domain?: string;
  lead?: string;
  year?: string;
  output?: string;
  splitByLead?: string;
  format?: string;
  bom?: boolean;
  /** Data files or folders holding the county's unit lists. */
  data?: string[];
}

export async function runTemplate(options: TemplateOptions, io: Io, today = new Date()): Promise<number> {
  const lang = resolveLang(undefined, io.env);
  const { model: planModel } = await loadModelOrThrow(options, io);
  // Rows per township and village come from the county's lists beside the data.
  const unitLists = await readUnitLists(resolveDataPaths(options.data ?? [], io), planModel);
  if (unitLists.diagnostics.some((d) => d.severity === 'error')) throw new InputError(unitLists.diagnostics);
  const warnings = renderDiagnostics(unitLists.diagnostics, { includeInfo: false });
  if (warnings) io.stderr(warnings);
  const model = withUnitLists(planModel, unitLists.lists);
  // Annual monitoring reports the year just ended, within the plans' years.
  const lastPlanYear = Math.max(...model.plans.map((p) => p.deadline));
  const year = parseYear(options.year) ?? Math.min(today.getFullYear() - 1, lastPlanYear);
  const rules = selectRules(model, options);
  if (rules.length === 0) throw new UsageError(`no rules match --plan/--domain/--lead; expected a filter that selects at least one rule (plancheck list shows them)`);
  const rows = templateRows(rules, model);
  if (options.format === 'xlsx') return writeWorkbooks(options, rows, year, model, io, lang);
  if (options.format !== undefined && options.format !== 'csv') throw new UsageError(`--format ${options.format} is not a template format; expected csv or xlsx`);
  if (options.splitByLead) {
    const directory = options.splitByLead;
    makeFolder(directory, lang);
    const sheets = splitByLead(rows);
    for (const [unit, unitRows] of [...sheets].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
      await writeOutput(path.join(directory, `${unit.replace(/[\\/:*?"<>|]/g, '_')}.csv`), renderTemplate(unitRows, year, Boolean(options.bom)), model.files, lang);
    }
    io.stderr(`${sheets.size} sheets written to ${directory}\n`);
    return EXIT.ok;
  }
  const text = renderTemplate(rows, year, Boolean(options.bom));
  if (options.output) await writeOutput(options.output, text, model.files, lang);
  else io.stdout(text);
  return EXIT.ok;
}

/** `--format xlsx`: one workbook with a sheet per lead unit, or with --split-by-lead one workbook per unit. */
async function writeWorkbooks(options: TemplateOptions, rows: TemplateRow[], year: number, model: PlanModel, io: Io, lang: Lang): Promise<number> {
  if (!options.output && !options.splitByLead) throw new UsageError('--format xlsx writes a workbook, not text; expected --output FILE.xlsx or --split-by-lead DIR');
  // exceljs is large: loaded only for this.
  const { renderTemplateWorkbook } = await import('../render/template-xlsx.js');
  const sheets = [...splitByLead(rows)].sort((a, b) => a[0].localeCompare(b[0], 'zh')).map(([unit, unitRows]) => ({ unit, rows: unitRows }));
  if (options.splitByLead) {
    const directory = options.splitByLead;
    makeFolder(directory, lang);
    for (const sheet of sheets) {
      await writeOutput(path.join(directory, `${sheet.unit.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`), await renderTemplateWorkbook([sheet], year, model.dimensions), model.files, lang);
    }
    io.stderr(`${sheets.length} workbooks written to ${directory}\n`);
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
