// `plancheck init [folder]`: a county's working folder: one data sheet per lead unit to fill, and the year's steps.
import fs from 'node:fs';
import path from 'node:path';
import { sayIn } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { INIT_TEXTS } from '../i18n/render/init.js';
import { splitByLead } from '../render/template.js';
import { resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { prepareTemplate, sheetFileName, type TemplateOptions } from './template.js';
import { parseFormat } from './options.js';
import { writeOutput } from './write-output.js';

export interface InitOptions extends Pick<TemplateOptions, 'plans' | 'year' | 'lang' | 'quiet'> {
  format?: string;
  output?: string;
}

export const INSTRUCTIONS_FILE = '使用说明.txt';

/** The steps of one year's check, for someone who has not used a terminal before; the other language points to --lang. */
export function instructions(year: number, sheets: readonly string[], lists: readonly string[], lang: Lang = 'zh'): string {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const steps = sayIn(INIT_TEXTS, 'steps', lang, { year, sheets: sheets.length, lists: lists.join('\n') });
  return [steps, '', '----', sayIn(INIT_TEXTS, 'pointer', other), ''].join('\r\n');
}

export async function runInit(folder: string | undefined, options: InitOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  parseFormat(options.format ?? 'csv', ['csv'] as const);
  // -o names the folder as well as the argument does.
  folder ??= options.output;
  const root = path.resolve(io.cwd, folder ?? '.');
  const dataDir = path.join(root, 'data');
  const instructionsFile = path.join(root, INSTRUCTIONS_FILE);
  // A working folder already set up holds a year's figures: never write over them.
  if (fs.existsSync(instructionsFile) || (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0)) {
    throw new UsageError('initExists', { folder: folder ?? '.' });
  }
  const { model, year, rows, render, listFiles } = await prepareTemplate({ plans: options.plans, year: options.year, lang: options.lang }, io, lang);
  fs.mkdirSync(dataDir, { recursive: true });
  const sheets = [...splitByLead(rows)].sort((a, b) => a[0].localeCompare(b[0], 'zh'));
  for (const [unit, unitRows] of sheets) await writeOutput(path.join(dataDir, sheetFileName(unit)), render(unitRows, true), model.files, lang);
  // The township and village lists the sheets were made from: the county corrects them to its own names, and
  // plancheck template --split-by-lead -o data makes the sheets again.
  for (const file of listFiles) await writeOutput(path.join(dataDir, path.basename(file)), fs.readFileSync(path.resolve(io.cwd, file), 'utf8'), model.files, lang);
  // Notepad on Chinese Windows reads a UTF-8 file right when it starts with a BOM.
  await writeOutput(instructionsFile, '\uFEFF' + instructions(year, sheets.map(([unit]) => sheetFileName(unit)), listFiles.map((file) => path.basename(file)), lang), model.files, lang);
  if (!options.quiet) io.stderr(`${message('initDone', lang, { folder: folder ?? '.', count: sheets.length, instructions: INSTRUCTIONS_FILE })}\n`);
  return EXIT.ok;
}
