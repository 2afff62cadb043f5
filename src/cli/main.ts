// Wires the commands to commander; each command's module is imported only when it runs.
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../model/diagnostic.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { EXIT, UsageError } from './exit-codes.js';
import { processIo, type Io } from './io.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function inputOptions(command: Command): Command {
  return command
    .option('--plans <path>', 'rule files or folders (repeatable; default ./plans, else bundled)', collect)
    .addOption(new Option('--encoding <name>', 'force the data encoding').choices(['utf-8', 'gb18030']))
    .option('--strict', 'unknown indicators in the data are errors')
    .option('--lang <zh|en>', 'output language (default from LANG; Chinese when unset)');
}

function filterOptions(command: Command): Command {
  return command
    .option('--plan <id>', 'only this plan, e.g. women-2021-2025')
    .option('--domain <id>', 'only this domain, e.g. health')
    .option('--lead <unit>', 'only rules led by this unit, e.g. 自治县卫生健康局');
}

/** Each command's definition; a run defines only the one it names, unless help is asked for. */
type DefineCommand = (program: Command, io: Io, finish: (exitCode: number) => void) => void;

const COMMANDS: Record<string, DefineCommand> = {
  evaluate: (program, io, finish) => {
    filterOptions(inputOptions(program.command('evaluate').description('evaluate every rule for one year').argument('[data...]', 'data files or folders (default ./data, else bundled)')))
      .option('--year <year>', 'evaluation year (default: latest year in the data)')
      .option('--format <format>', 'table | json | csv | markdown | junit', 'table')
      .option('--output <file>', 'write to a file (whole or not at all)')
      .option('--fail-on <statuses>', 'statuses that make the exit code 1', 'fail')
      .option('--bom', 'start CSV output with a BOM for Excel')
      .action(async (data: string[], options) => {
        const { runEvaluate } = await import('./evaluate.js');
        finish(await runEvaluate(data, options, io));
      });
  },
  explain: (program, io, finish) => {
    inputOptions(program.command('explain').description('explain one rule: source, series, computation, verdict').argument('<rule>', 'rule id').argument('[data...]', 'data files or folders'))
      .option('--year <year>', 'evaluation year')
      .option('--format <format>', 'text | json', 'text')
      .action(async (rule: string, data: string[], options) => {
        const { runExplain } = await import('./explain.js');
        finish(await runExplain(rule, data, options, io));
      });
  },
  list: (program, io, finish) => {
    filterOptions(program.command('list').description('list the rule catalogue'))
      .option('--plans <path>', 'rule files or folders', collect)
      .option('--kind <kind>', 'only this rule kind')
      .option('--format <format>', 'table | json | csv', 'table')
      .option('--lang <zh|en>', 'output language')
      .option('--output <file>', 'write to a file')
      .option('--bom', 'start CSV output with a BOM')
      .action(async (options) => {
        const { runList } = await import('./list.js');
        finish(await runList(options, io));
      });
  },
  validate: (program, io, finish) => {
    inputOptions(program.command('validate').description('check rule files and data without evaluating').argument('[data...]', 'data files or folders'))
      .option('--rules-only', 'check only the rule files')
      .action(async (data: string[], options) => {
        const { runValidate } = await import('./validate.js');
        finish(await runValidate(data, options, io));
      });
  },
  diff: (program, io, finish) => {
    filterOptions(inputOptions(program.command('diff').description('compare two results files, or two years, rule by rule').argument('[inputs...]', 'old.json new.json, or with --from: data files or folders')))
      .option('--from <year>', 'evaluate this year as the old side (instead of results files)')
      .option('--to <year>', 'evaluate this year as the new side (default: latest year in the data)')
      .option('--format <format>', 'table | json | markdown | csv', 'table')
      .option('--all', 'list unchanged rules too')
      .option('--fail-on-regression', 'exit 1 when any status got worse')
      .option('--output <file>', 'write to a file (whole or not at all)')
      .option('--bom', 'start CSV output with a BOM for Excel')
      .action(async (inputs: string[], options) => {
        const { runDiff } = await import('./diff.js');
        finish(await runDiff(inputs, options, io));
      });
  },
  history: (program, io, finish) => {
    filterOptions(inputOptions(program.command('history').description('status and value of rules in every year of the data').argument('[rules-or-data...]', 'rule ids (default: all selected rules), then data files or folders')))
      .option('--format <format>', 'table | json | csv', 'table')
      .option('--output <file>', 'write to a file (whole or not at all)')
      .option('--bom', 'start CSV output with a BOM for Excel')
      .action(async (args: string[], options) => {
        const { runHistory } = await import('./history.js');
        finish(await runHistory(args, options, io));
      });
  },
  template: (program, io, finish) => {
    filterOptions(program.command('template').description('write the data-collection CSV member units fill in').argument('[data...]', 'where the county’s township and village lists are (乡镇名单.csv, 村名单.csv; default: the data folder)'))
      .option('--plans <path>', 'rule files or folders', collect)
      .option('--year <year>', 'the year to report (default: last year, within the plans)')
      .option('--output <file>', 'write to a file')
      .option('--split-by-lead <dir>', 'one file per lead unit in this folder')
      .option('--format <format>', 'csv | xlsx (a workbook, one sheet per lead unit)', 'csv')
      .option('--bom', 'start the CSV with a BOM for Excel')
      .action(async (data: string[], options) => {
        const { runTemplate } = await import('./template.js');
        finish(await runTemplate({ ...options, data }, io));
      });
  },
  report: (program, io, finish) => {
    inputOptions(program.command('report').description('write the yearly monitoring report: one self-contained HTML page with charts').argument('[data...]', 'data files or folders (default ./data, else bundled)'))
      .option('--year <year>', 'evaluation year (default: latest year in the data)')
      .option('--plan <id>', 'only this plan, e.g. women-2021-2025')
      .option('--format <format>', 'html | markdown (the draft narrative)', 'html')
      .option('-o, --output <file>', 'write to a file, e.g. 2024年监测报告.html (whole or not at all)')
      .action(async (data: string[], options) => {
        const { runReport } = await import('./report.js');
        finish(await runReport(data, options, io));
      });
  },
  schema: (program, io) => {
    program
      .command('schema')
      .description('print the JSON Schema for rule files')
      .action(async () => {
        const { renderJsonSchema } = await import('../schema/json-schema.js');
        io.stdout(renderJsonSchema());
      });
  },
};

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('plancheck')
    .description('Check development-plan targets against monitoring statistics')
    .version('0.1.0')
    .option('--debug', 'show stack traces for internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  // Defining all nine commands costs a few milliseconds of every start; help and unknown commands need them all.
  const asksHelp = argv.some((arg) => arg === '-h' || arg === '--help');
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) && !asksHelp ? argv[0] : undefined;
  for (const [name, define] of Object.entries(COMMANDS)) {
    if (named === undefined || name === named) define(program, io, (code) => (exitCode = code));
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return exitCodeForError(error, io, debug);
  }
}

function exitCodeForError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof InputError) {
    io.stderr(renderDiagnostics(error.diagnostics, { includeInfo: false }));
    return EXIT.input;
  }
  if (error instanceof UsageError) {
    io.stderr(`plancheck: ${error.message}\n`);
    return EXIT.input;
  }
  io.stderr(`plancheck: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (debug) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
  else io.stderr('Run again with --debug for the stack trace, and report it.\n');
  return EXIT.internal;
}
