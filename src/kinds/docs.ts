// Renders docs/rules.md from each kind's docs entry, so the reference cannot drift from the code.
import { kinds } from './registry.js';

export function renderRulesDoc(): string {
  const lines = [
    '# Rule kinds',
    '',
    '<!-- Generated from the doc entries in src/kinds/*/index.ts (renderRulesDoc); tests/kinds/docs.test.ts fails when this file is stale. Regenerate: npm run docs. -->',
    '',
    'Every rule has a `check` with a `kind`. Bounds include the number (以上, 以下, 以内, 不少于 and 至少 include it, per Chinese legal convention).',
    'Any rule may add `every_year: true` (每年…: must hold every year from the plan start, not only at the deadline), `aspirational: true` (力争/努力/一般: a miss is at-risk, never fail) and `deadline` (default: the plan deadline, 2025).',
    '',
    '| kind | plan wording | what passes | example |',
    '| --- | --- | --- | --- |',
  ];
  for (const module of Object.values(kinds)) {
    lines.push(`| \`${module.kind}\` | ${module.doc.wording.join('；')} | ${module.doc.summary.en}<br>${module.doc.summary.zh} | \`${module.doc.example}\` |`);
  }
  lines.push(
    '',
    '## Statuses for a deadline rule evaluated in year Y',
    '',
    '- Y at or after the deadline: met → `pass` (达标), missed → `fail` (未达标). A value older than the deadline year is `no-data`.',
    '- Y before the deadline: met → `pass`, unless the value projected to the deadline misses (→ `at-risk`, 预警) or the value is within the warning margin of the boundary (→ `at-risk`). Missed → `at-risk` when the projection at the deadline meets the target, else `fail`. With fewer than two points no projection is possible; the reason says so.',
    '- `every_year` rules: a miss in any year from the plan start to Y is `fail`; a latest value older than Y is `at-risk`.',
    '- Missing or unusable data is `no-data` (无数据), never a pass; a qualitative goal without an assessment is `not-assessed` (待评估).',
    '- Per-unit rules (`each_unit`, `gap` with `groups: listed`) take the townships and villages from the county’s own list files beside the data (`乡镇名单.csv` / `township-list.csv`, `村名单.csv` / `village-list.csv`: one name a row, an optional code). A listed unit without a value is `no-data` for that unit; a unit in the data that is not on the list is a load error with the nearest names; with no list file the rule is `no-data` and the reason names the file to supply (the units the data happens to report are not taken instead, since a unit that reported nothing would go unnoticed).',
    '',
    '## Settings and their defaults',
    '',
    'A plan, a domain or a rule may set `settings`; the nearest one wins (rule over domain over plan over default).',
    '',
    '| setting | default | meaning |',
    '| --- | --- | --- |',
    '| `warning_margin` | 0.02 | A met value within 2 % of the boundary (of the target, the baseline value for trends, or the reference value for `compare`) is at-risk. |',
    '| `tolerance` | 1 | The tolerance of 左右 targets and the largest year-on-year dip of 稳中有升, in the indicator unit (1 percentage point for % indicators). |',
    '| `projection` | `linear` | Least-squares line through the series from the baseline year to Y; `cagr` uses compound annual growth between the first and last points. |',
    '',
    '## Why these projection choices',
    '',
    "The UN Statistics Division's progress chart calls a target on track when projected progress is at least 95 % of the progress required; Open SDG's progress measure compares observed with required growth, with cut-offs 0.95 / 0.6 / 0 for its four bands. plancheck keeps to the plans' own three words (达标 / 预警 / 未达标), so it uses one cut: the projected value at the deadline meets the target or it does not, with the warning margin (2 % by default) playing the part of the 95 % band for values that meet only just. A least-squares line is the default because it uses every annual point and is less thrown by one odd year than the first-to-last growth rate; `cagr` is there for series that grow by a rate (counts, populations).",
  );
  return lines.join('\n') + '\n';
}
