// Fidelity of every plan's rule files to its cleaned source text (plans/source/<plan>.txt):
// schema, verbatim quotes, goal coverage parsed from the source, numbers, ids and indicators.
import { describe, it, expect } from 'vitest';
import { plancheckFileSchema } from '../../src/schema/plan-file.js';
import { allRules, files, indicatorFiles, planIds, plans, rel, rulesFiles, source, type Check, type Domain, type Obj } from './plan-files.js';

interface Item { number: string; text: string }
interface SourceDomain { goals: Item[]; measures: Item[] }

/**
 * Splits the source into its domain sections (heading = the domain's number + name as in plan.yaml,
 * e.g. "(一)妇女与健康"; a section ends at the next domain heading or at the next top-level "三、")
 * and collects the numbered items "N." after 主要目标 (goals) and after 策略措施 (measures).
 */
function parseSource(text: string, domains: Domain[], problems: string[]): Map<string, SourceDomain> {
  const lines = text.split('\n').map((l) => l.trim());
  const headings = domains.map((d) => lines.indexOf(`${d.number}${d.name}`));
  const out = new Map<string, SourceDomain>();
  domains.forEach((d, k) => {
    const start = headings[k]!;
    if (start < 0) return void problems.push(`heading ${d.number}${d.name} not found`);
    let end = lines.findIndex((l, i) => i > start && (headings.includes(i) || /^[一二三四五六七八九十]+、/.test(l)));
    if (end < 0) end = lines.length;
    const body = lines.slice(start + 1, end);
    const g = body.findIndex((l) => l.startsWith('主要目标'));
    const m = body.findIndex((l) => l.startsWith('策略措施'));
    if (g < 0 || m < g) return void problems.push(`${d.id}: 主要目标 … 策略措施 not found in order`);
    const items = (ls: string[]): Item[] =>
      ls.flatMap((l) => {
        const match = /^(\d+)\.(.*)$/.exec(l);
        return match ? [{ number: match[1]!, text: match[2]! }] : [];
      });
    out.set(d.id, { goals: items(body.slice(g + 1, m)), measures: items(body.slice(m + 1)) });
  });
  return out;
}

/** Every number in a check (targets, tolerances, baseline years…), at any depth. */
function checkNumbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(checkNumbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(checkNumbers);
  return [];
}
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Numbers that state a figure: a number followed by %, ‰, /10万, 年, 张 or 人次 (万 multiplies:
 * 4万人次 = 40000). Excluded: the upper end of a range (preceded by -, —, ~ or 至: the 64 of
 * 35-64岁 is a population, not a target; 岁, 小时, µg and 名 are not target units here), and
 * calendar years (an integer 1949–2100 before 年), which are checked separately.
 */
const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)(万)?(%|‰|\/10万|年|张|人次)/g;
function figures(text: string): { value: number; token: string; year: boolean }[] {
  return [...text.matchAll(FIGURE)]
    .filter((m) => !/[-—–~～至]/.test(text[m.index! - 1] ?? ''))
    .map((m) => {
      const value = Number(m[1]) * (m[2] ? 10000 : 1);
      const year = m[3] === '年' && !m[2] && Number.isInteger(value) && value >= 1949 && value <= 2100;
      return { value, token: m[0], year };
    });
}
/**
 * Every number of a text (万 multiplies), for the converse check of targets. A target of 1 (设立/建立:
 * at least one per unit) or 100 (全覆盖: every unit, 100%) may be implied by words and is exempt.
 */
const IMPLIED_TARGETS = [1, 100];
const allNumbers = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?)(万)?/g)].map((m) => Number(m[1]) * (m[2] ? 10000 : 1));

describe('plan files', () => {
  it('(a) every YAML file under plans/ is valid against the schema', () => {
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap(({ file, data }) => {
      const r = plancheckFileSchema.safeParse(data);
      return r.success ? [] : r.error.issues.map((i) => `${rel(file)} ${i.path.join('.')}: ${i.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('(b) every rule text occurs verbatim in plans/source/<plan>.txt', () => {
    const problems = allRules.flatMap(({ rf, rule }) => {
      const text = source(rf.plan);
      if (text === undefined) return [`${rf.file}: plans/source/${rf.plan}.txt is missing`];
      return text.includes(rule.text) ? [] : [`${rf.file} ${rule.id}: text not in the source: ${rule.text}`];
    });
    expect(problems).toEqual([]);
  });

  describe.each(planIds)('(c) %s', (planId) => {
    const plan = plans.get(planId);
    const text = source(planId);
    const problems: string[] = [];
    const parsed = plan && text !== undefined ? parseSource(text, plan.domains, problems) : new Map<string, SourceDomain>();
    const rulesOf = (domain: string) => allRules.filter(({ rf }) => rf.plan === planId && rf.domain === domain).map(({ rule }) => rule);

    it('has a plan header, a source text and rule files only for declared domains', () => {
      const own: string[] = [];
      if (!plan) own.push(`no plan.yaml for ${planId}`);
      if (text === undefined) own.push(`plans/source/${planId}.txt is missing`);
      for (const rf of rulesFiles.filter((r) => r.plan === planId))
        if (plan && !plan.domains.some((d) => d.id === rf.domain)) own.push(`${rf.file}: domain ${rf.domain} is not in plan.yaml`);
      expect([...own, ...problems]).toEqual([]);
    });

    it('every numbered 主要目标 item of the source is covered by a goal rule with that number', () => {
      const missing = [...parsed].flatMap(([domain, { goals }]) => {
        const numbers = new Set(rulesOf(domain).filter((r) => r.section === 'goal').map((r) => r.number));
        return goals.filter((g) => !numbers.has(g.number)).map((g) => `${domain} goal ${g.number}: ${g.text.slice(0, 30)}…`);
      });
      expect(missing).toEqual([]);
    });

    it('every rule quotes the goal or measure item its section and number name', () => {
      const wrong = [...parsed].flatMap(([domain, sd]) =>
        rulesOf(domain).flatMap((r) => {
          const items = (r.section === 'goal' ? sd.goals : sd.measures).filter((i) => i.number === r.number);
          return items.some((i) => i.text.includes(r.text)) ? [] : [`${r.id}: not in ${domain} ${r.section} ${r.number}`];
        }),
      );
      expect(wrong).toEqual([]);
    });
  });

  it('(d) every figure in a quoted text is in a check of the rules quoting that sentence, and every target is in the text', () => {
    // Rules quoting one sentence = same plan, domain, section, item number and text (e.g. 3.5‰、5.0‰ split over a and b).
    const groups = new Map<string, typeof allRules>();
    for (const entry of allRules) {
      const key = [entry.rf.plan, entry.rf.domain, entry.rule.section, entry.rule.number, entry.rule.text].join('\u0000');
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const problems: string[] = [];
    for (const group of groups.values()) {
      const { rf, rule } = group[0]!;
      const numbers = group.flatMap(({ rule: r }) => [...checkNumbers(r.check), ...(r.deadline ? [r.deadline] : [])]);
      const plan = plans.get(rf.plan);
      const planYears = plan ? [plan.baseline_year, plan.start_year, plan.deadline] : [];
      for (const f of figures(rule.text)) {
        const ok = f.year ? [...numbers, ...planYears].some((n) => same(n, f.value)) : numbers.some((n) => same(n, f.value));
        if (!ok) problems.push(`${group.map((g) => g.rule.id).join('/')}: ${f.token} is in the text but in no check`);
      }
      for (const { rule: r } of group) {
        const c = r.check.kind === 'each_unit' ? (r.check.check as Check) : r.check;
        const target = c.target;
        if (typeof target === 'number' && ![...allNumbers(r.text), ...IMPLIED_TARGETS].some((n) => same(n, target)))
          problems.push(`${r.id}: target ${target} is not a number of its text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('(e) rule ids are unique across all rule files', () => {
    const seen = new Map<string, string[]>();
    for (const { rf, rule } of allRules) seen.set(rule.id, [...(seen.get(rule.id) ?? []), rf.file]);
    expect([...seen].filter(([, where]) => where.length > 1).map(([id, where]) => `${id}: ${where.join(', ')}`)).toEqual([]);
  });

  it('(f) every indicator a rule uses (and every compared series, numerator, denominator) is defined', () => {
    const defined = new Set(indicatorFiles.flatMap((f) => ((f.data.indicators ?? []) as Obj[]).map((i) => String(i.id))));
    const problems = allRules.flatMap(({ rf, rule }) =>
      [rule.indicator, rule.check.kind === 'compare' ? String(rule.check.other) : undefined]
        .filter((id): id is string => id !== undefined && !defined.has(id))
        .map((id) => `${rf.file} ${rule.id}: indicator ${id} is not defined`),
    );
    for (const f of indicatorFiles)
      for (const ind of (f.data.indicators ?? []) as Obj[]) {
        const d = ind.derivation as Obj | undefined;
        for (const id of d ? [d.numerator, d.denominator] : [])
          if (!defined.has(String(id))) problems.push(`${rel(f.file)} ${String(ind.id)}: derivation uses undefined ${String(id)}`);
      }
    expect(problems).toEqual([]);
  });

  it('(g) each indicator id is defined once across all indicator files', () => {
    const seen = new Map<string, string[]>();
    for (const f of indicatorFiles)
      for (const ind of (f.data.indicators ?? []) as Obj[]) seen.set(String(ind.id), [...(seen.get(String(ind.id)) ?? []), rel(f.file)]);
    expect([...seen].filter(([, where]) => where.length > 1).map(([id, where]) => `${id}: ${where.join(', ')}`)).toEqual([]);
  });
});
