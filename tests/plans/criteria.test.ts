// Every qualitative goal of the bundled plans tells the monitoring group, in Chinese first and in
// English, what it must see to record 达标 / 部分达标 / 未达标.
import { describe, expect, it } from 'vitest';
import { allRules } from './plan-files.js';

const qualitative = allRules.filter(({ rule }) => rule.check.kind === 'qualitative');
const criterionOf = (check: Record<string, unknown>) => check.criterion as { zh?: unknown; en?: unknown } | undefined;

describe('criteria of the qualitative rules', () => {
  it('there are about 145 qualitative rules over both plans', () => {
    expect(qualitative.length).toBeGreaterThanOrEqual(140);
    expect(new Set(qualitative.map(({ rf }) => rf.plan))).toEqual(new Set(['women-2021-2025', 'children-2021-2025']));
  });

  it('each has a Chinese criterion naming what counts for 达标, 部分达标 and 未达标, in that order', () => {
    const problems = qualitative.flatMap(({ rule }) => {
      const zh = criterionOf(rule.check)?.zh;
      if (typeof zh !== 'string') return [`${rule.id}: no Chinese criterion`];
      const at = ['达标：', '部分达标：', '未达标：'].map((label) => zh.indexOf(label));
      if (!zh.startsWith('达标：') || at.some((i) => i < 0) || !(at[1]! < at[2]!)) return [`${rule.id}: the Chinese criterion does not state 达标： … 部分达标： … 未达标：`];
      return /[a-z]{4,}/i.test(zh.replace(/[A-Z]-[A-Z]+-[A-Za-z0-9]+/g, '')) ? [`${rule.id}: the Chinese criterion contains English words`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('each has the same criterion in English, met / partly met / not met', () => {
    const problems = qualitative.flatMap(({ rule }) => {
      const en = criterionOf(rule.check)?.en;
      if (typeof en !== 'string') return [`${rule.id}: no English criterion`];
      return en.startsWith('Met: ') && en.includes('Partly met: ') && en.includes('Not met: ') ? [] : [`${rule.id}: the English criterion does not state Met / Partly met / Not met`];
    });
    expect(problems).toEqual([]);
  });

  it('no two rules share a criterion (each is derived from its own plan sentence)', () => {
    const seen = new Map<string, string>();
    const duplicates = qualitative.flatMap(({ rule }) => {
      const zh = String(criterionOf(rule.check)?.zh);
      const other = seen.get(zh);
      seen.set(zh, rule.id);
      return other ? [`${other} and ${rule.id}`] : [];
    });
    expect(duplicates).toEqual([]);
  });
});
