// `plancheck validate`: check rule files and data without evaluating; every problem at once.
import { formatLocation } from '../model/location.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { resolveLang } from './environment.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { loadInputs, loadModelOrThrow } from './load-inputs.js';

export interface ValidateOptions {
  plans?: string[];
  lang?: string;
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
  rulesOnly?: boolean;
}

export async function runValidate(dataArgs: string[], options: ValidateOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const zh = lang === 'zh';
  if (options.rulesOnly) {
    const { model, diagnostics } = await loadModelOrThrow({ ...options, collectOnly: true }, io);
    io.stderr(renderDiagnostics(diagnostics, { includeInfo: true }));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    io.stdout(zh ? `规则文件 ${model.files.length} 个，规则 ${model.rules.length} 条，错误 ${errors} 个\n` : `${model.files.length} rule files, ${model.rules.length} rules, ${errors} errors\n`);
    return errors ? EXIT.input : EXIT.ok;
  }
  const inputs = await loadInputs(dataArgs, { ...options, collectOnly: true }, io);
  io.stderr(renderDiagnostics(inputs.diagnostics, { includeInfo: true }));
  const { read, used, unused } = inputs.data.rows;
  for (const row of unused) io.stderr(`${formatLocation(row.file, row.line)}: ${zh ? '未使用' : 'not used'}: ${row.reason}\n`);
  const errors = inputs.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = inputs.diagnostics.filter((d) => d.severity === 'warning').length;
  io.stdout(
    zh
      ? `规则文件 ${inputs.model.files.length} 个，规则 ${inputs.model.rules.length} 条；数据文件 ${inputs.data.files.length} 个，读入 ${read} 行，使用 ${used} 行，未使用 ${unused.length} 行；错误 ${errors} 个，警告 ${warnings} 个\n`
      : `${inputs.model.files.length} rule files, ${inputs.model.rules.length} rules; ${inputs.data.files.length} data files, ${read} rows read, ${used} used, ${unused.length} not used; ${errors} errors, ${warnings} warnings\n`,
  );
  return errors ? EXIT.input : EXIT.ok;
}
