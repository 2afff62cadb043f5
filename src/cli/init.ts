// `plancheck init [folder]`: a county's working folder: one data sheet per lead unit to fill, and the year's steps.
import fs from 'node:fs';
import path from 'node:path';
import { message } from '../i18n/messages.js';
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

/** The steps of one year's check, for someone who has not used a terminal before. */
export function instructions(year: number, sheets: readonly string[], lists: readonly string[]): string {
  const next = year + 1;
  return [
    `plancheck 使用说明（${year}年度监测）`,
    '',
    '本文件夹是一个县的规划目标监测工作文件夹。每年按下面五步做：',
    '',
    '第一步  填表',
    `  data 文件夹里每个牵头单位一张表（共 ${sheets.length} 张），用 Excel 打开，在“数值”一列填${year}年的数。`,
    '  每行一个数；不知道的留空（结果会显示“无数据”，不会算作达标）。定性目标填“达标”“部分达标”或“未达标”。',
    '  保存时选“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，文件名不要改。',
    ...(lists.length
      ? [
          `  先核对 data 里的 ${lists.join('、')}：改成本县实际的乡镇（街道）、村（社区）名称，每行一个，`,
          `  然后运行 plancheck template --split-by-lead -o data --year ${year} 按新名单重新生成各单位的表。`,
        ]
      : []),
    '',
    '第二步  检查',
    '  在本文件夹打开命令行窗口（Windows：在文件夹地址栏输入 cmd 后回车），输入：',
    '    plancheck validate',
    '  它会列出每个填写问题：哪个文件、第几行、填了什么、应当填什么。改好后再运行一次，直到“错误 0 个”。',
    '',
    '第三步  评估',
    '    plancheck evaluate',
    '  屏幕上列出每个目标的状态：达标 / 预警 / 未达标 / 无数据 / 待评估。想知道某一条为什么是这个结果：',
    '    plancheck explain W-HEALTH-4b',
    `  保存给 Excel 打开的结果：plancheck evaluate --format csv -o ${year}年监测结果.csv`,
    '',
    '第四步  报告',
    `    plancheck report -o ${year}年监测报告.html`,
    '  生成可以打印或发送的报告（需要 plancheck 的 report 命令）。',
    '',
    '第五步  对比',
    `    plancheck diff --from ${year - 1} --to ${year}`,
    '  列出与上一年相比变差和好转的目标。',
    '',
    `明年（${next}年）：运行 plancheck template --split-by-lead -o data --year ${next} 生成新表，再从第一步开始。`,
    '每个命令都可以加 --help 查看说明和示例，例如 plancheck evaluate --help。',
    '',
    '----',
    'English: fill the sheets in data/ (one per lead unit), then run plancheck validate, plancheck evaluate,',
    'plancheck report and plancheck diff in this folder. Add --lang en for English output.',
    '',
  ].join('\r\n');
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
  await writeOutput(instructionsFile, '\uFEFF' + instructions(year, sheets.map(([unit]) => sheetFileName(unit)), listFiles.map((file) => path.basename(file))), model.files, lang);
  if (!options.quiet) io.stderr(`${message('initDone', lang, { folder: folder ?? '.', count: sheets.length, instructions: INSTRUCTIONS_FILE })}\n`);
  return EXIT.ok;
}
