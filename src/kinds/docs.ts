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
    '- Y before the plan\'s first target year (the baseline year, 2020): `not-assessed` (待评估) with the reason “基期年份” for every rule. `history` never names a year as first met unless the target was met in it.',
    '- Y at or after the deadline: met → `pass` (达标), missed → `fail` (未达标); an aspirational (力争) miss is `at-risk` (预警). The warning margin and the projection play no part.',
    '- Y before the deadline: met → `pass`, unless the value projected to the deadline misses (→ `at-risk`, 预警) or the value is within the warning margin of the boundary (→ `at-risk`). Missed → `at-risk` when the projection at the deadline meets the target, else `fail`. With fewer than two points no projection is possible; the reason says so.',
    '- Missing or unusable data is `no-data` (无数据), never a pass; a qualitative goal without an assessment is `not-assessed` (待评估).',
    '- Per-unit rules (`each_unit`, `gap` with `groups: listed`) take the townships and villages from the county’s own list files beside the data (`乡镇名单.csv` / `township-list.csv`, `村名单.csv` / `village-list.csv`: one name a row, an optional code). A listed unit without a value is `no-data` for that unit; a unit in the data that is not on the list is a load error with the nearest names; with no list file the rule is `no-data` and the reason names the file to supply (the units the data happens to report are not taken instead, since a unit that reported nothing would go unnoticed).',
    '- A rule whose `deadline` is later than its plan\'s extends the years of data accepted up to that deadline.',
    '',
    '## Data age / 数据时效',
    '',
    '- 评估年份Y的判定只用Y年本身的数值。Y年没有数值时状态为“无数据”，原因中列出最近一期数值供参考（如“最近数据：2023年 95.7%”），不以旧值判定达标。指标可声明 `max_age`（数值保持有效的年数，用于非逐年开展的调查、普查，如 `max_age: 5`）：此时Y − max_age年及以后的数值可用于判定，并始终注明其年份。定性目标同样只采用Y年（或 max_age 之内）的评估结论。',
    '- Year Y is judged on Y\'s own value. With no value for Y the status is `no-data`, and the reason shows the latest earlier value for information (“latest: 95.7% in 2023”); an old value never passes. An indicator may declare `max_age` (how many years a value stays current, for surveys and censuses that are not annual, e.g. `max_age: 5`): then a value from Y − max_age or later is judged, always with its year shown. Qualitative assessments follow the same rule.',
    '',
    '## Every year / 每年',
    '',
    '- `every_year: true`（每年…）的规则逐年检查规划首年（2021年）至Y年的每一年：某一年没有数值即该年“无数据”，不跳过；任何一年未达到即始终算未达到（约束性目标为“未达标”，力争目标为“预警”）；没有未达到但有缺年时为“无数据”。预警幅度只在终期之前适用。',
    '- `every_year: true` (每年…) checks each year from the plan\'s first year (2021) to Y: a year with no value is no-data for that year, never skipped; a missed year stays missed (binding → `fail`, 力争 → `at-risk`); with no miss but a missing year the rule is `no-data`. The warning margin applies only before the deadline.',
    '- `annual_change` 每年（`reading: each_year`，默认）：每一年的变化都需要当年和上年两个数值，缺一即该年无数据，缺年不能算达标。年均（`reading: average`）：比较Y年较基期的年均变化。',
    '- `annual_change` each year (`reading: each_year`, default): each year\'s change needs both years\' values; a gap is never a pass. Average (`reading: average`, 年均): the average yearly change from the baseline year to Y.',
    '',
    '## Value ranges / 取值范围',
    '',
    '- 每个指标都有取值范围：%默认0–100，‰默认0–1000，其他计数和比率默认≥0；可能超过100%的毛入学率等在 indicators.yaml 中以 `range` 声明（如 `range: { max: 150 }`，或 `max: null` 表示没有上限）。数据中超出范围的数值是错误（标明文件:行号），不参与评估；趋势预测截至取值范围之内，原因中注明。',
    '- Every indicator has a valid range: 0–100 for %, 0–1000 for ‰, ≥ 0 for every other count and rate by default; gross ratios that may exceed 100 % declare `range` in indicators.yaml (e.g. `range: { max: 150 }`, or `max: null` for no upper bound). A data value outside its range is an error with file:line and is not evaluated; projections are clamped to the range, and the reason says so.',
    '',
    '## Exact decimals / 精确小数',
    '',
    '- 数据和目标按书写的十进制小数比较（如117.7 → 117.4恰为下降0.3个百分点），不受二进制浮点误差影响；预测值和计算出的变化量按输入的小数位数加一位取整后判定和显示；由分子、分母计算的指标（如孕产妇死亡率）保留4位小数（小于1时保留4位有效数字），显示的数值即判定的数值。',
    '- Data and targets are compared as the decimals they are written as (117.7 → 117.4 is a fall of exactly 0.3); projections and computed changes are rounded to the inputs\' decimals plus one before they are judged and shown; indicators computed from a numerator and a denominator keep 4 decimals (4 significant digits below 1), so the figure shown is the figure judged.',
    '',
    '## Settings and their defaults',
    '',
    'A plan, a domain or a rule may set `settings`; the nearest one wins (rule over domain over plan over default).',
    '',
    '| setting | default | meaning |',
    '| --- | --- | --- |',
    '| `warning_margin` | 0.02 | A met value within 2 % of the boundary (of the target, the baseline value for trends, or the reference value for `compare`) is at-risk, before the deadline only. It is capped at a quarter of the room left in the indicator\'s range, so a target at the top (or bottom) of the range, once met, is met; a margin of 0 is never near. |',
    '| `tolerance` | 1 | The tolerance of 左右 targets and the largest year-on-year dip of 稳中有升, in the indicator unit (1 percentage point for % indicators). |',
    '| `projection` | `linear` | Least-squares line through the series from the baseline year to Y; `cagr` uses compound annual growth between the first and last points. |',
    '',
    '## Why these projection choices',
    '',
    "The UN Statistics Division's progress chart calls a target on track when projected progress is at least 95 % of the progress required; Open SDG's progress measure compares observed with required growth, with cut-offs 0.95 / 0.6 / 0 for its four bands. plancheck keeps to the plans' own three words (达标 / 预警 / 未达标), so it uses one cut: the projected value at the deadline meets the target or it does not, with the warning margin (2 % by default) playing the part of the 95 % band for values that meet only just. A least-squares line is the default because it uses every annual point and is less thrown by one odd year than the first-to-last growth rate; `cagr` is there for series that grow by a rate (counts, populations).",
  );
  return lines.join('\n') + '\n';
}
