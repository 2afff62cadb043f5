// A qualitative goal's criterion and a rule's doubtful readings, as explain and list show them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers/run-cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-criterion-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Entry { id: string; criterion: string | null; flags: string[]; note: string | null; check: { kind: string; criterion?: { zh: string; en: string } } }
// One spawn per language, shared by the tests (the machine running them may be busy).
const lists = new Map<string, Entry[]>();
const listJson = (lang: 'zh' | 'en'): Entry[] => {
  if (!lists.has(lang)) {
    const result = runCli(['list', '--format', 'json', '--lang', lang]);
    expect(result.status).toBe(0);
    lists.set(lang, JSON.parse(result.stdout) as Entry[]);
  }
  return lists.get(lang)!;
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

  it('a criterion in one language only is refused with the file, the line and the missing language', { timeout: 30_000 }, () => {
    const dir = path.join(tmp, 'plans');
    fs.cpSync(MINI.plans, dir, { recursive: true });
    const rule = '  - id: T-X-1\n    number: "1"\n    section: goal\n    text: 健全妇幼健康服务体系。\n    check:\n      kind: qualitative\n      criterion: { zh: 达标：体系健全。部分达标：部分健全。未达标：未健全。 }\n    lead: []\n    responsible: []\n';
    fs.writeFileSync(path.join(dir, 'extra.yaml'), `type: rules\nplan: mini-2021-2025\ndomain: health\nrules:\n${rule}`);
    const result = runCli(['validate', '--plans', dir, MINI.data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/extra\.yaml:11:\d+: 错误: rules\.0\.check\.criterion\.en：评估标准须同时有中文和英文/);
    expect(runCli(['validate', '--plans', dir, MINI.data, '--lang', 'en']).stderr).toMatch(/extra\.yaml:11:\d+: error: criterion needs both languages.* at rules\.0\.check\.criterion\.en/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a numeric rule has no criterion line', () => {
    expect(runCli(['explain', 'W-HEALTH-4b']).stdout).not.toContain('评估标准');
  });

  it('list --format json gives the criterion in the output language, and both in check', { timeout: 30_000 }, () => {
    const zh = listJson('zh').find((e) => e.id === 'W-ENV-2')!;
    const en = listJson('en').find((e) => e.id === 'W-ENV-2')!;
    expect(zh.criterion).toMatch(/^达标：.*进机关、进学校、进企业、进社区、进家庭/);
    expect(en.criterion).toMatch(/^Met: .*government offices, schools, enterprises, communities and families/);
    expect(zh.check.criterion).toEqual({ zh: zh.criterion, en: en.criterion });
    expect(listJson('zh').find((e) => e.id === 'W-HEALTH-4b')!.criterion).toBeNull();
  });

  it('evaluate --format json gives the criterion of each qualitative result in the output language', { timeout: 30_000 }, () => {
    const read = (lang: string) => JSON.parse(runCli(['evaluate', '--format', 'json', '--lang', lang, '--plan', 'children-2021-2025', '--domain', 'welfare']).stdout) as { results: { rule: string; criterion: string | null }[] };
    const zh = read('zh').results;
    expect(zh.find((r) => r.rule === 'C-WELFARE-9c')!.criterion).toMatch(/^达标：县级未成年人救助保护机构/);
    expect(zh.find((r) => r.rule === 'C-WELFARE-8a')!.criterion).toBeNull();
    expect(read('en').results.find((r) => r.rule === 'C-WELFARE-9c')!.criterion).toMatch(/^Met: a county minor rescue/);
  });
});

describe('doubtful readings in explain', () => {
  it('explain shows the flag (存疑) in Chinese, and says the rule\'s English notes are under --lang en', () => {
    const result = runCli(['explain', 'C-WELFARE-M13', '--lang', 'zh']);
    expect(result.stdout).toMatch(/^存疑: 读法：“2县”含义不明.*考核。 请确认：/m);
    expect(result.stdout).not.toContain('as printed');
    expect(result.stdout).toMatch(/^说明: 本条有1条读法说明（英文），用 --lang en 查看$/m);
  });

  it('explain --lang en shows the flag\'s English reading and the rule\'s note (Note)', () => {
    const result = runCli(['explain', 'C-WELFARE-M13', '--lang', 'en']);
    expect(result.stdout).toMatch(/^Doubtful reading: 完成2县儿童福利机构优化提质 as printed/m);
    expect(result.stdout).not.toMatch(/读法：|请确认：/);
    expect(result.stdout).toMatch(/^Note: The share of the county's child-welfare institutions that completed 优化提质/m);
  });
});

describe('doubtful readings in list --format json', () => {
  it('every rule has a flags array, and one command lists every flagged reading', { timeout: 30_000 }, () => {
    const entries = listJson('zh');
    expect(entries.every((e) => Array.isArray(e.flags))).toBe(true);
    const flagged = entries.filter((e) => e.flags.length > 0).map((e) => e.id);
    expect(flagged).toEqual(expect.arrayContaining(['C-HEALTH-3a', 'C-WELFARE-M13', 'C-HEALTH-10a', 'C-ENV-M9a']));
    expect(entries.find((e) => e.id === 'C-WELFARE-M13')!.flags.join(' ')).toContain('2县');
  });
});
