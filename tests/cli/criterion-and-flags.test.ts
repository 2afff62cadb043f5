// A qualitative goal's criterion and a rule's doubtful readings, as explain and list show them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Entry { id: string; criterion: string | null; flags: string[]; note: string | null; check: { kind: string; criterion?: { zh: string; en: string } } }
const listJson = (lang: 'zh' | 'en'): Entry[] => {
  const result = runCli(['list', '--format', 'json', '--lang', lang]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Entry[];
};

describe('the criterion of a qualitative goal', () => {
  it('explain prints it in Chinese by default and in English with --lang en', () => {
    const zh = runCli(['explain', 'C-WELFARE-9c']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^评估标准: 达标：县级未成年人救助保护机构已设立.*部分达标：.*未达标：/m);
    const en = runCli(['explain', 'C-WELFARE-9c', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Criterion: Met: a county minor rescue and protection institution is set up.*Partly met: .*Not met: /m);
    expect(en.stdout).not.toContain('评估标准');
  });

  it('a numeric rule has no criterion line', () => {
    expect(runCli(['explain', 'W-HEALTH-4b']).stdout).not.toContain('评估标准');
  });

  it('list --format json gives the criterion in the output language, and both in check', () => {
    const zh = listJson('zh').find((e) => e.id === 'W-ENV-2')!;
    const en = listJson('en').find((e) => e.id === 'W-ENV-2')!;
    expect(zh.criterion).toMatch(/^达标：.*进机关、进学校、进企业、进社区、进家庭/);
    expect(en.criterion).toMatch(/^Met: .*government offices, schools, enterprises, communities and families/);
    expect(zh.check.criterion).toEqual({ zh: zh.criterion, en: en.criterion });
    expect(listJson('zh').find((e) => e.id === 'W-HEALTH-4b')!.criterion).toBeNull();
  });

  it('evaluate --format json gives the criterion of each qualitative result in the output language', () => {
    const read = (lang: string) => JSON.parse(runCli(['evaluate', '--format', 'json', '--lang', lang, '--plan', 'children-2021-2025', '--domain', 'welfare']).stdout) as { results: { rule: string; criterion: string | null }[] };
    expect(read('zh').results.find((r) => r.rule === 'C-WELFARE-9c')!.criterion).toMatch(/^达标：县级未成年人救助保护机构/);
    expect(read('en').results.find((r) => r.rule === 'C-WELFARE-9c')!.criterion).toMatch(/^Met: a county minor rescue/);
    expect(read('zh').results.find((r) => r.rule === 'C-WELFARE-8a')!.criterion).toBeNull();
  });
});

describe('doubtful readings in explain', () => {
  it('explain shows the flag (存疑) and the rule\'s note (说明) on how the sentence was read', () => {
    const result = runCli(['explain', 'C-WELFARE-M13']);
    expect(result.stdout).toMatch(/^存疑: 完成2县儿童福利机构优化提质 as printed.*请确认：/m);
    expect(result.stdout).toMatch(/^说明: The share of the county's child-welfare institutions that completed 优化提质/m);
  });
});

describe('doubtful readings in list --format json', () => {
  it('every rule has a flags array, and one command lists every flagged reading', () => {
    const entries = listJson('zh');
    expect(entries.every((e) => Array.isArray(e.flags))).toBe(true);
    const flagged = entries.filter((e) => e.flags.length > 0).map((e) => e.id);
    expect(flagged).toEqual(expect.arrayContaining(['C-HEALTH-3a', 'C-WELFARE-M13', 'C-HEALTH-10a', 'C-ENV-M9a']));
    expect(entries.find((e) => e.id === 'C-WELFARE-M13')!.flags.join(' ')).toContain('2县');
  });
});
