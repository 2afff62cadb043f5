// The loaders' error paths under --lang zh and --lang en: every diagnostic, its severity word and every reason a
// row is not used read in the output language. English words in Chinese output only as ids, file names, option
// names, format names and the user's own values; Chinese in English output only as the user's own values and the
// Chinese names an English message quotes on purpose (headers, Excel's menu).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../load/data/test-model.js';
import { MINI, runCli } from '../helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-loader-errors-'));
const at = (...parts: string[]) => path.join(dir, ...parts);

function write(name: string, content: string | Uint8Array): string {
  fs.mkdirSync(path.dirname(at(name)), { recursive: true });
  fs.writeFileSync(at(name), content);
  return at(name);
}

/** A copy of the mini plans with `extra` appended to rules.yaml and `files` added. */
function plansWith(name: string, extra: string, files: Record<string, string> = {}): string {
  const copy = at(name);
  fs.cpSync(MINI.plans, copy, { recursive: true });
  fs.appendFileSync(path.join(copy, 'rules.yaml'), extra);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(copy, file), text);
  return copy;
}

const rule = (id: string, check: string, more = 'indicator: mmr, ') => `  - { id: ${id}, number: '9', section: goal, text: 测试, ${more}check: ${check}, lead: [自治县卫生健康局], responsible: [] }\n`;

interface Case {
  name: string;
  args: string[];
  status: number;
  /** Where the first diagnostic of interest is, and a piece of its text, in each language. */
  zh: RegExp;
  en: RegExp;
}

const good = 'indicator,year,value\nmmr,2023,10\n';
const P = (plans: string) => ['--plans', plans];
const CASES: Case[] = [
  {
    name: 'a value that is not a number',
    args: [...P(MINI.plans), write('value/a.csv', `${good}mmr,2024,9x1.2\n`)],
    status: 2,
    zh: /a\.csv:3:3: 错误: 第3列（数值）："9x1\.2" 不是数字；应为数字/,
    en: /a\.csv:3:3: error: column 3 \(value\): value "9x1\.2" is not a number; expected a number/,
  },
  {
    name: 'a header without the columns plancheck reads',
    args: [...P(MINI.plans), write('header/odd.csv', 'foo,bar\n1,2\n')],
    status: 2,
    zh: /odd\.csv:1:1: 错误: 表头中没有指标、年份、数值列（实际为 "foo,bar"）；应为表头，如 指标,年份,数值/,
    en: /odd\.csv:1:1: error: header has no indicator, no year, no value column \(found "foo,bar"\); expected a header such as indicator,year,value/,
  },
  {
    name: 'an unknown indicator',
    args: [...P(MINI.plans), write('unknown/a.csv', `${good}nonexistent_ind,2023,5\n`)],
    status: 0,
    zh: /a\.csv:3:1: 警告: 第1列（指标）：未知指标 "nonexistent_ind"；应为指标编号、名称、别名或规则编号[^\n]*\n[^]*a\.csv:3: 未使用: 未知指标 "nonexistent_ind"/,
    en: /a\.csv:3:1: warning: column 1 \(indicator\): unknown indicator "nonexistent_ind"; expected an indicator id, name or alias, or a rule id[^]*a\.csv:3: not used: unknown indicator "nonexistent_ind"/,
  },
  {
    name: 'a year outside the plan',
    args: [...P(MINI.plans), write('years/a.csv', `${good}mmr,2099,3\n`)],
    status: 0,
    zh: /a\.csv:3: 提示: 1 行的年份超出规划期（2099），未使用；[^\n]*\n[^]*a\.csv:3: 未使用: 年份超出规划期（2099；规划期为 2020–2025 年）/,
    en: /a\.csv:3: info: 1 row has a year outside the plan \(2099\)[^]*a\.csv:3: not used: year outside the plan \(2099; the plan covers 2020–2025\)/,
  },
  {
    name: 'a quote that is never closed',
    args: [...P(MINI.plans), write('quote/a.csv', `${good}mmr,2024,"9\nmmr,2025,8\n`)],
    status: 2,
    zh: /a\.csv:3: 错误: 引号未闭合：从第 3 行开始的记录中有一个 " 没有对应的结束引号，文件其余部分未读取；应为每个开始的 " 都有结束的 "[^]*a\.csv:3: 未使用: 错误：引号未闭合（文件其余部分）/,
    en: /a\.csv:3: error: unterminated quoted field: a " opened in the record starting at line 3 is never closed[^]*a\.csv:3: not used: error: unterminated quoted field \(rest of the file\)/,
  },
  {
    name: 'a GBK file read as UTF-8',
    args: [...P(MINI.plans), '--encoding', 'utf-8', write('gbk/a.csv', encodeGbk('指标,年份,数值\n孕产妇死亡率,2023,10\n'))],
    status: 2,
    zh: /a\.csv:1: 警告: 指定了 UTF-8，但文件不是有效的 UTF-8；无效字节读作 �；应为UTF-8 文本/,
    en: /a\.csv:1: warning: file is not valid UTF-8 although UTF-8 was asked for; invalid bytes read as �; expected UTF-8 text/,
  },
  {
    name: 'a file mixing UTF-8 and GBK',
    args: [...P(MINI.plans), write('mixed/a.csv', new Uint8Array([...Buffer.from('指标,年份,数值\n孕产妇死亡率,2023,10\n'), ...encodeGbk('孕产妇死亡率,2024,9\n')]))],
    status: 2,
    zh: /a\.csv:3: 错误: 文件混用了两种编码：第 1 行是 UTF-8，第 3 行不是（GBK\/GB18030？）/,
    en: /a\.csv:3: error: file mixes encodings: line 1 is UTF-8 but line 3 is not \(GBK\/GB18030\?\)/,
  },
  {
    name: 'a binary file',
    args: [...P(MINI.plans), write('binary/a.csv', Buffer.from('indicator,year,value\nmmr,20\u000023,1\n'))],
    status: 2,
    zh: /a\.csv:2: 错误: 文件含二进制内容（第 2 行第 \d+ 字节为 NUL），未读取；应为UTF-8 或 GB18030 编码的 CSV 文本文件/,
    en: /a\.csv:2: error: file has binary content \(a NUL byte at line 2, byte \d+\); the file is not read; expected a text CSV file/,
  },
  {
    name: 'a YAML syntax error in a --plans file',
    args: [...P(plansWith('yaml', '', { 'broken.yaml': 'type: rules\nplan: [mini\n  domain: x\n' })), '--rules-only'],
    status: 2,
    zh: /broken\.yaml:\d+:\d+: 错误: YAML 语法错误：/,
    en: /broken\.yaml:\d+:\d+: error: YAML syntax: /,
  },
  {
    name: 'an unknown kind of check',
    args: [...P(plansWith('kind', rule('T-H-90', '{ kind: nonsense, target: 12 }'))), '--rules-only'],
    status: 2,
    zh: /rules\.yaml:\d+:\d+: 错误: rules\.\d+\.check\.kind：kind 的取值无效；应为以下之一：at_least \| at_most/,
    en: /rules\.yaml:\d+:\d+: error: Invalid discriminator value\. Expected 'at_least' \| 'at_most'[^\n]* at rules\.\d+\.check\.kind/,
  },
  {
    name: 'a missing field',
    args: [...P(plansWith('missing', rule('T-H-91', '{ kind: at_most }'))), '--rules-only'],
    status: 2,
    zh: /rules\.yaml:\d+:\d+: 错误: rules\.\d+\.check\.target：缺少必填字段；应为数字/,
    en: /rules\.yaml:\d+:\d+: error: Invalid input: expected number, received undefined at rules\.\d+\.check\.target/,
  },
  {
    name: 'a field of the wrong type',
    args: [...P(plansWith('type', rule('T-H-92', '{ kind: at_most, target: twelve }'))), '--rules-only'],
    status: 2,
    zh: /rules\.yaml:\d+:\d+: 错误: rules\.\d+\.check\.target：类型不对：应为数字，实际为文字/,
    en: /rules\.yaml:\d+:\d+: error: Invalid input: expected number, received string at rules\.\d+\.check\.target/,
  },
  {
    name: 'a dangling symbolic link',
    args: [...P(MINI.plans), (fs.mkdirSync(at('link'), { recursive: true }), fs.symlinkSync(at('link', 'gone.csv'), at('link', 'a.csv')), at('link', 'a.csv'))],
    status: 2,
    zh: /a\.csv: 错误: 无法读取 \S+a\.csv：符号链接指向不存在的文件/,
    en: /a\.csv: error: cannot read \S+a\.csv: a dangling symbolic link/,
  },
  {
    name: 'an empty data folder',
    args: [...P(MINI.plans), (fs.mkdirSync(at('empty'), { recursive: true }), at('empty'))],
    status: 2,
    zh: /empty: 错误: 没有读到任何数据行（数据文件 0 个）；需要至少一行数据[^]*empty: 警告: 文件夹 "\S+empty" 中没有 \.csv、\.tsv、\.txt 或 \.xlsx 文件/,
    en: /empty: error: no data rows found \(0 data files\); expected at least one row[^]*empty: warning: folder "\S+empty" has no \.csv, \.tsv, \.txt or \.xlsx files/,
  },
  {
    name: 'a file named .xlsx that is not a workbook',
    args: [...P(MINI.plans), write('xlsx/bad.xlsx', good)],
    status: 2,
    zh: /bad\.xlsx: 错误: 文件不是 \.xlsx 工作簿，未读取；应为\.xlsx 工作簿（在 Excel 或 WPS 中：文件 › 另存为 › “Excel 工作簿 \(\*\.xlsx\)”），或 CSV 文件/,
    en: /bad\.xlsx: error: file is not an \.xlsx workbook \(it does not start as a zip container does\); the workbook is not read; expected an \.xlsx workbook/,
  },
];

/** Latin words a Chinese message may still contain once names, ids, formats and the user's values are taken out. */
function englishWords(text: string): string[] {
  const stripped = text
    .replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\S*', 'g'), '') // the test's own folder
    .replace(/[^\s：，（）"'“]+\.(json|csv|tsv|yaml|yml|txt|xlsx)\b/g, '') // file names
    .replace(/"[^"]*"|'[^']*'|“[^”]*”|<[^>]*>/g, '') // values the user typed, placeholders
    .replace(/以下之一：[^\n]*/g, '') // the values the user may write, listed
    .replace(/indicator,year,value/g, '') // the English header the user may write
    .replace(/\b[a-z_]+(\.[a-z0-9_]+)+\b/g, '') // paths in a rule file: rules.16.check.kind
    .replace(/\b(kind|indicator|plancheck|template|validate|YAML|CSV|UTF-8|GBK|GB18030|NUL|Excel|WPS|xlsx|tsv|txt|csv)\b/g, '') // field and command names, formats, products
    .replace(/(^|[\s(（：，,/])--?[a-z][a-z-]*/g, '$1') // option names
    .replace(/\b[A-Z]+(-[A-Za-z0-9]+)+\b/g, ''); // rule ids
  return stripped.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Chinese an English message shows on purpose, and the user's own values. */
function chineseIn(text: string): string[] {
  const stripped = text
    .replace(/"[^"]*"|“[^”]*”/g, '')
    .replace(/指标,年份,数值|文件 › 另存为|Excel 工作簿|WPS 表格/g, '');
  return stripped.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+/g) ?? [];
}

describe('loader errors in the output language', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`${c.name}: Chinese under --lang zh`, () => {
      const result = runCli(['validate', '--lang', 'zh', ...c.args]);
      expect(result.status, result.stderr).toBe(c.status);
      expect(result.stderr).toMatch(c.zh);
      expect(englishWords(result.stderr), result.stderr).toEqual([]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
    it(`${c.name}: English under --lang en`, () => {
      const result = runCli(['validate', '--lang', 'en', ...c.args]);
      expect(result.status, result.stderr).toBe(c.status);
      expect(result.stderr).toMatch(c.en);
      expect(chineseIn(result.stderr), result.stderr).toEqual([]);
    });
  }

  it('validate --format json gives each message in the output language with the same code', () => {
    const file = at('value', 'a.csv');
    const zh = JSON.parse(runCli(['validate', '--plans', MINI.plans, '--format', 'json', '--lang', 'zh', file]).stdout);
    const en = JSON.parse(runCli(['validate', '--plans', MINI.plans, '--format', 'json', '--lang', 'en', file]).stdout);
    const bad = (json: { diagnostics: Array<{ code: string; line: number }> }) => json.diagnostics.find((d) => d.code === 'bad-value' && d.line === 3);
    expect(bad(zh)).toMatchObject({ severity: 'error', column: 3, found: '9x1.2', message: '第3列（数值）："9x1.2" 不是数字；应为数字，如 70、70% 或 3.5‰', expected: '数字，如 70、70% 或 3.5‰' });
    expect(bad(en)).toMatchObject({ severity: 'error', column: 3, found: '9x1.2', message: 'column 3 (value): value "9x1.2" is not a number; expected a number such as 70, 70% or 3.5‰' });
    expect(zh.unused).toEqual([{ file, line: 3, reason: '错误："9x1.2" 不是数字' }]);
    expect(en.unused).toEqual([{ file, line: 3, reason: 'error: value "9x1.2" is not a number' }]);
  });
});
