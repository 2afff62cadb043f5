// Wires the commands to commander. `evaluate`, the default run, is imported with the CLI (they are built into one
// file: src/build-layers.mjs); every other command's module only when it runs. Help is in the output language
// (--lang, else the locale, Chinese when unset), with examples.
import { Command, CommanderError, Help, Option } from 'commander';
import { examplesBlock, helpText, type HelpKey } from '../i18n/help.js';
import type { Lang } from '../i18n/format.js';
import { message, translateCommanderError } from '../i18n/messages.js';
import { InputError } from '../model/diagnostic.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { runEvaluate } from './evaluate.js';
import { EXIT, UsageError } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { parseEncoding } from './options.js';

export { startLean } from './optimizer.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Builds one command's options with help text in one language. */
class Builder {
  constructor(readonly lang: Lang) {}
  t = (key: HelpKey) => helpText(key, this.lang);

  command(program: Command, name: HelpKey & string): Command {
    return program
      .command(name)
      .description(this.t(name))
      .helpOption('-h, --help', this.t('help'))
      .addHelpText('after', examplesBlock(name, this.lang));
  }

  /** What every command has: the language, quiet, and where its output goes. */
  common(command: Command, formatKey: HelpKey): Command {
    return command
      .option('--format <format>', this.t(formatKey))
      .option('-o, --output <file>', this.t('output'))
      .option('--lang <zh|en>', this.t('lang'))
      .option('-q, --quiet', this.t('quiet'));
  }

  input(command: Command): Command {
    return command
      .option('--plans <path>', this.t('plans'), collect)
      .option('--encoding <name>', this.t('encoding'), parseEncoding)
      .option('--strict', this.t('strict'))
      .option('--sample', this.t('sample'));
  }

  filter(command: Command): Command {
    return command.option('--plan <id>', this.t('plan')).option('--domain <id>', this.t('domain')).option('--lead <unit>', this.t('lead'));
  }

  csv(command: Command): Command {
    return command.option('--bom', this.t('bom')).option('--no-bom', this.t('noBom'));
  }

  color(command: Command): Command {
    return command.addOption(new Option('--no-color', this.t('noColor')));
  }
}

/** Each command's definition; a run defines only the one it names, unless help is asked for. */
type DefineCommand = (program: Command, b: Builder, io: Io, finish: (exitCode: number) => void) => void;

const COMMANDS: Record<string, DefineCommand> = {
  evaluate: (program, b, io, finish) => {
    const command = b.command(program, 'evaluate').argument('[data...]', b.t('argData'));
    b.csv(b.color(b.filter(b.input(b.common(command, 'formatEvaluate')))))
      .option('--year <year>', b.t('year'))
      .option('--fail-on <statuses>', b.t('failOn'))
      .action(async (data: string[], options) => {
        finish(await runEvaluate(data, options, io));
      });
  },
  explain: (program, b, io, finish) => {
    const command = b.command(program, 'explain').argument('<rule>', b.t('argRule')).argument('[data...]', b.t('argData'));
    b.input(b.common(command, 'formatExplain'))
      .option('--year <year>', b.t('year'))
      .action(async (rule: string, data: string[], options) => {
        const { runExplain } = await import('./explain.js');
        finish(await runExplain(rule, data, options, io));
      });
  },
  list: (program, b, io, finish) => {
    const command = b.command(program, 'list');
    b.csv(b.color(b.filter(b.common(command, 'formatList'))))
      .option('--plans <path>', b.t('plans'), collect)
      .option('--kind <kind>', b.t('kind'))
      .action(async (options) => {
        const { runList } = await import('./list.js');
        finish(await runList(options, io));
      });
  },
  validate: (program, b, io, finish) => {
    const command = b.command(program, 'validate').argument('[data...]', b.t('argData'));
    b.input(b.common(command, 'formatValidate'))
      .option('--rules-only', b.t('rulesOnly'))
      .action(async (data: string[], options) => {
        const { runValidate } = await import('./validate.js');
        finish(await runValidate(data, options, io));
      });
  },
  diff: (program, b, io, finish) => {
    const command = b.command(program, 'diff').argument('[inputs...]', b.t('argDiffInputs'));
    b.csv(b.color(b.filter(b.input(b.common(command, 'formatDiff')))))
      .option('--from <year>', b.t('from'))
      .option('--to <year>', b.t('to'))
      .option('--all', b.t('all'))
      .option('--fail-on-regression', b.t('failOnRegression'))
      .action(async (inputs: string[], options) => {
        const { runDiff } = await import('./diff.js');
        finish(await runDiff(inputs, options, io));
      });
  },
  history: (program, b, io, finish) => {
    const command = b.command(program, 'history').argument('[rules-or-data...]', b.t('argRulesOrData'));
    b.csv(b.color(b.filter(b.input(b.common(command, 'formatHistory'))))).action(async (args: string[], options) => {
      const { runHistory } = await import('./history.js');
      finish(await runHistory(args, options, io));
    });
  },
  template: (program, b, io, finish) => {
    const command = b.command(program, 'template').argument('[data...]', b.t('argTemplateData'));
    b.csv(b.filter(b.common(command, 'formatTemplate')))
      .option('--plans <path>', b.t('plans'), collect)
      .option('--year <year>', b.t('templateYear'))
      .option('--split-by-lead [dir]', b.t('splitByLead'))
      .action(async (data: string[], options) => {
        const { runTemplate } = await import('./template.js');
        finish(await runTemplate({ ...options, data }, io));
      });
  },
  report: (program, b, io, finish) => {
    const command = b.command(program, 'report').argument('[data...]', b.t('argData'));
    b.input(b.common(command, 'formatReport'))
      .option('--year <year>', b.t('year'))
      .option('--plan <id>', b.t('plan'))
      .action(async (data: string[], options) => {
        const { runReport } = await import('./report.js');
        finish(await runReport(data, options, io));
      });
  },
  init: (program, b, io, finish) => {
    const command = b.command(program, 'init').argument('[folder]', b.t('argFolder'));
    b.common(command, 'formatInit')
      .option('--plans <path>', b.t('plans'), collect)
      .option('--year <year>', b.t('templateYear'))
      .action(async (folder: string | undefined, options) => {
        const { runInit } = await import('./init.js');
        finish(await runInit(folder, options, io));
      });
  },
  schema: (program, b, io, finish) => {
    b.common(b.command(program, 'schema'), 'formatSchema').action(async (options) => {
      const { runSchema } = await import('./schema.js');
      finish(await runSchema(options, io));
    });
  },
};

/** The language help and commander's own messages are in: --lang when given and valid, else the locale. */
export function helpLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice(7) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** commander's section titles (always English) and their entries in the help catalogue. */
const TITLES: Record<string, HelpKey> = { 'Usage:': 'titleUsage', 'Options:': 'titleOptions', 'Arguments:': 'titleArguments', 'Commands:': 'titleCommands', 'Global Options:': 'titleGlobalOptions' };

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const lang = helpLanguage(argv, io.env);
  const builder = new Builder(lang);
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('plancheck')
    .description(builder.t('program'))
    .version('0.1.0', '-V, --version', builder.t('version'))
    .helpOption('-h, --help', builder.t('help'))
    .helpCommand('help [command]', builder.t('helpCommand'))
    .option('--debug', builder.t('debug'))
    .addHelpText('after', examplesBlock('program', lang))
    .exitOverride()
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? helpText(TITLES[title], lang) : title),
      formatHelp: (command, helper) => {
        const text = Help.prototype.formatHelp.call(helper, command, helper);
        return text.replace(/\[options\]/g, helpText('placeholderOptions', lang)).replace(/\[command\]/g, helpText('placeholderCommand', lang));
      },
    })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    });

  // Defining all the commands costs a few milliseconds of every start; help and unknown commands need them all.
  const asksHelp = argv.some((arg) => arg === '-h' || arg === '--help') || argv[0] === 'help';
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) && !asksHelp ? argv[0] : undefined;
  for (const [name, define] of Object.entries(COMMANDS)) {
    if (named === undefined || name === named) define(program, builder, io, (code) => (exitCode = code));
  }
  for (const command of program.commands) {
    command.exitOverride().configureHelp(program.configureHelp()).configureOutput(program.configureOutput());
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return exitCodeForError(error, io, debug, lang);
  }
}

function exitCodeForError(error: unknown, io: Io, debug: boolean, lang: Lang): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof InputError) {
    io.stderr(renderDiagnostics(error.diagnostics, { includeInfo: false, lang }));
    return EXIT.input;
  }
  if (error instanceof UsageError) {
    io.stderr(`plancheck: ${error.text(lang)}\n`);
    return EXIT.input;
  }
  io.stderr(`plancheck: ${message('internalError', lang, { detail: (error as Error)?.message ?? String(error) })}\n`);
  if (debug) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
  else io.stderr(`${message('runWithDebug', lang)}\n`);
  return EXIT.internal;
}
