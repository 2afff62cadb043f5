// Every report a person reads, under --lang zh and --lang en on the bundled plans and sample data: Chinese output has
// no English words outside ids, file names, option names and units; English output has no Chinese outside the plans'
// own words (plan sentences, lead units, place and group names, units) and the authors' notes that quote them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEAD_ALIASES } from '../../src/model/lead-aliases.js';
import { chineseOutside, englishWords } from '../helpers/language.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-output-language-'));
const ENV = { env: { COLUMNS: '120' } };

interface Entry {
  id: string;
  kind: string;
  text: string;
  lead: string[];
  responsible: string[];
  criterion: string | null;
}
const entries: Entry[] = JSON.parse(runCli(['list', '--format', 'json', '--lang', 'en'], ENV).stdout);
/** One rule of each kind, for explain. */
const oneOfEachKind = [...new Map(entries.map((e) => [e.kind, e.id])).values()];

/** The commands whose output a person reads, each once per language; the report page is read as its text. */
function outputs(lang: 'zh' | 'en'): Array<[string, string]> {
  const run = (args: string[]) => {
    const result = runCli([...args, '--lang', lang], ENV);
    expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBeLessThanOrEqual(1);
    return result.stdout;
  };
  const page = path.join(dir, `report.${lang}.html`);
  run(['report', '--sample', '-o', page]);
  const pageText = fs
    .readFileSync(page, 'utf8')
    .replace(/<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<head>[\s\S]*?<\/head>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return [
    ...oneOfEachKind.map((rule): [string, string] => [`explain ${rule}`, run(['explain', rule, '--sample'])]),
    ['history', run(['history', '--sample'])],
    ['diff', run(['diff', '--from', '2023', '--to', '2024', '--sample'])],
    ['diff --format markdown', run(['diff', '--from', '2023', '--to', '2024', '--all', '--format', 'markdown', '--sample'])],
    ['list', run(['list'])],
    ['evaluate --format markdown', run(['evaluate', '--format', 'markdown', '--sample'])],
    ['report --format markdown', run(['report', '--format', 'markdown', '--sample'])],
    ['report (page)', pageText],
  ];
}

/**
 * The plans' own Chinese words, which English output quotes: sentences, lead units, document numbers, places, groups,
 * measurement units, and the Chinese terms the English criteria quote.
 */
function plansOwnWords(): string[] {
  const planFile = (plan: string) => parse(fs.readFileSync(path.join(ROOT, 'plans', plan, 'plan.yaml'), 'utf8')) as { plan?: { document?: string } };
  const documents = ['women-2021-2025', 'children-2021-2025'].map((plan) => planFile(plan).plan?.document ?? '');
  const dimensions = parse(fs.readFileSync(path.join(ROOT, 'plans', 'dimensions.yaml'), 'utf8')) as { dimensions?: Record<string, { values?: string[] }> };
  const lists = ['乡镇名单.csv', '村名单.csv'].map((file) => fs.readFileSync(path.join(ROOT, 'data', file), 'utf8'));
  return [
    ...entries.flatMap((e) => [e.text, ...e.lead, ...e.responsible, e.criterion ?? '']),
    ...documents,
    ...Object.keys(LEAD_ALIASES),
    ...Object.values(dimensions.dimensions ?? {}).flatMap((d) => d.values ?? []),
    ...lists,
    '/10万 岁 年 人 次 个 张',
  ];
}

/** Lines where English output quotes Chinese on purpose: the plan sentence and the authors' notes on its reading. */
const QUOTING = /^(Plan text|Doubtful reading|Note): .*$/gm;

describe('output language', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('Chinese output has no English words outside ids, file names, option names and units', () => {
    const found = outputs('zh')
      .map(([name, text]) => [name, englishWords(text, [ROOT])] as const)
      .filter(([, words]) => words.length > 0);
    expect(found).toEqual([]);
  });

  it('English output has no Chinese outside plan sentences, lead units, places and units', () => {
    const allowed = plansOwnWords();
    const found = outputs('en')
      .map(([name, text]) => [name, chineseOutside(text.replace(QUOTING, ''), allowed)] as const)
      .filter(([, runs]) => runs.length > 0);
    expect(found).toEqual([]);
  });

  it('notices a stray word in either language', () => {
    expect(englishWords('规则 W-HEALTH-4b [missed-final] (at_least) 见 plans/a.yaml，用 --lang en')).toEqual([]);
    expect(englishWords('结论: fail — 未达到')).toEqual([]);
    expect(englishWords('结论：Verdict 未达到')).toEqual(['Verdict']);
    expect(chineseOutside('Maternal mortality 孕产妇死亡… ≤ 12/10万', ['孕产妇死亡率下降到12/10万以下。', '/10万'])).toEqual([]);
    expect(chineseOutside('Verdict: 结论', ['孕产妇死亡率'])).toEqual(['结论']);
  });
});
