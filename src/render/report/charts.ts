// The report's charts as inline SVG, drawn by ECharts' server-side renderer (no DOM, no script in the page).
// Only the report imports this module, so ECharts never loads for the other commands.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { STATUSES, type Status } from '../../core/types.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { sayIn } from '../../i18n/catalogue.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import { STATUS_WORDS } from '../../i18n/statuses.js';
import type { ResultEntry } from '../../schema/results.js';
import { STATUS_COLORS } from './html.js';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

/** Fonts that carry Chinese on Windows, macOS and Linux; the page uses the same stack. */
export const FONT_STACK = 'PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';

const GREY = '#555';
let chartNumber = 0;

/** Renders one option to SVG; element ids get a prefix of their own so several inline SVGs never share a clip path. */
function toSvg(option: Record<string, unknown>, width: number, height: number, label: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_STACK, fontSize: 11 }, ...option });
    const id = `c${(chartNumber++).toString(36)}-`;
    // zrender numbers its style classes with a process-wide counter: renumber them per chart so equal input gives equal bytes.
    const classes = new Map<string, number>();
    return chart
      .renderToSVGString()
      .replace(/zr\d+-cls-(\d+)/g, (_, n: string) => `${id}s${classes.get(n) ?? classes.set(n, classes.size).get(n)}`)
      .replace(/zr\d+-/g, id)
      .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
      .replace(/ pointer-events="visible"/g, '')
      .replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, '')}" `);
  } finally {
    chart.dispose();
  }
}

/** Restarts the id counter, so the same input always gives the same page. */
export function resetChartIds(): void {
  chartNumber = 0;
}

interface Band {
  lines: Array<{ value: number; label: string }>;
  area: [number, number] | null;
}

/** The reference the series is drawn against: the target line, the ±band for 左右, or the baseline level. */
function referenceOf(r: ResultEntry, lang: Lang): Band {
  const f = r.targetCode.figures;
  const n = (key: string) => (typeof f[key] === 'number' ? (f[key] as number) : null);
  const say = (code: 'chartTarget' | 'chartBaseline' | 'chartReference', value?: number) => sayIn(REPORT_TEXTS, code, lang, { value: formatNumber(value) });
  switch (r.targetCode.code) {
    case 'at_least':
    case 'at_most':
    case 'change_from_baseline': {
      const target = n('target');
      return { lines: target === null ? [] : [{ value: target, label: say('chartTarget', target) }], area: null };
    }
    case 'approx': {
      const target = n('target');
      const tolerance = n('tolerance') ?? 0;
      if (target === null) return { lines: [], area: null };
      return { lines: [{ value: target, label: say('chartTarget', target) }], area: [target - tolerance, target + tolerance] };
    }
    case 'trend_up':
    case 'trend_down':
    case 'steady_rise':
    case 'steady_fall':
    case 'gap_narrow':
    case 'gap_widen': {
      const base = n('baseValue');
      return { lines: base === null ? [] : [{ value: base, label: say('chartBaseline', base) }], area: null };
    }
    case 'compare':
      // The series is the difference from the reference series: the line to be on the right side of is zero.
      return { lines: [{ value: 0, label: say('chartReference') }], area: null };
    default:
      return { lines: [], area: null };
  }
}

/** An axis range on round numbers (1, 2, 2.5, 5 × 10ⁿ steps) that holds every value with a little room. */
export function niceRange(values: number[], ticks = 4): { min: number; max: number; interval: number } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const rough = ((max - min) * 1.1) / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const round = (v: number) => Number(v.toPrecision(12));
  return { min: round(Math.floor(min / step) * step), max: round(Math.ceil(max / step) * step), interval: round(step) };
}

export const LINE_CHART = { width: 340, height: 190 } as const;

/** The series from the baseline to the evaluation year against its target, the deadline, and the projection dashed. */
export function seriesChart(r: ResultEntry, lang: Lang, title: string): string | null {
  if (r.series.length === 0) return null;
  const color = STATUS_COLORS[r.status];
  const reference = referenceOf(r, lang);
  const last = r.series[r.series.length - 1]!;
  const projection = r.projected !== null && r.kind !== 'compare' && r.kind !== 'annual_change' && last[0] < r.deadline ? ([last, [r.deadline, r.projected]] as const) : null;
  const values = [...r.series.map(([, v]) => v), ...reference.lines.map((l) => l.value), ...(reference.area ?? []), ...(projection ? [projection[1][1]] : [])];
  const { min, max, interval } = niceRange(values);
  const firstYear = Math.min(r.series[0]![0], r.deadline);
  const lastYear = Math.max(r.deadline, last[0]);
  const markLines = [
    ...reference.lines.map((l) => ({ yAxis: l.value, label: { formatter: l.label, position: 'insideEndTop', color: GREY }, lineStyle: { color: GREY, type: 'dashed', width: 1 } })),
    { xAxis: r.deadline, label: { formatter: `${r.deadline}`, position: 'end', color: GREY }, lineStyle: { color: '#999', type: 'dotted', width: 1 } },
  ];
  const option = {
    grid: { left: 46, right: 14, top: 18, bottom: 26 },
    xAxis: { type: 'value', min: firstYear, max: lastYear, interval: 1, axisLabel: { formatter: (v: number) => String(v) }, splitLine: { show: false } },
    yAxis: { type: 'value', min, max, interval, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      {
        type: 'line',
        data: r.series,
        color,
        lineStyle: { width: 2 },
        symbolSize: 5,
        markLine: { silent: true, symbol: 'none', data: markLines },
        ...(reference.area ? { markArea: { silent: true, itemStyle: { color: 'rgba(46,125,50,0.12)' }, data: [[{ yAxis: reference.area[0] }, { yAxis: reference.area[1] }]] } } : {}),
      },
      ...(projection ? [{ type: 'line', data: projection, color, lineStyle: { type: 'dashed', width: 1.5 }, symbol: 'emptyCircle', symbolSize: 4 }] : []),
    ],
  };
  return toSvg(option, LINE_CHART.width, LINE_CHART.height, title);
}

/** Per-unit targets: the units sorted by value as bars, the threshold as a line; bars coloured by each unit's status. */
export function unitsChart(r: ResultEntry, lang: Lang, title: string): string | null {
  const units = r.units?.units.filter((u) => u.value !== null) ?? [];
  if (units.length === 0) return null;
  const target = typeof r.targetCode.figures.target === 'number' ? (r.targetCode.figures.target as number) : null;
  const sorted = [...units].sort((a, b) => a.value! - b.value! || a.unit.localeCompare(b.unit));
  const rowHeight = 13;
  const height = Math.max(110, sorted.length * rowHeight + 56);
  const range = niceRange([...sorted.map((u) => u.value!), ...(target === null ? [] : [target]), 0]);
  const option = {
    grid: { left: 84, right: 24, top: 22, bottom: 24 },
    xAxis: { type: 'value', min: range.min, max: range.max, interval: range.interval, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: sorted.map((u) => u.unit), axisLabel: { fontSize: 9, interval: 0 }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: Math.min(14, rowHeight - 3),
        data: sorted.map((u) => ({ value: u.value, itemStyle: { color: STATUS_COLORS[u.status] } })),
        markLine:
          target === null
            ? undefined
            : { silent: true, symbol: 'none', data: [{ xAxis: target, label: { formatter: sayIn(REPORT_TEXTS, 'chartTarget', lang, { value: formatNumber(target) }), color: GREY } }], lineStyle: { color: GREY, type: 'dashed' } },
      },
    ],
  };
  return toSvg(option, 520, height, title);
}

export interface DomainCounts {
  label: string;
  counts: Record<Status, number>;
}

/** Status counts per domain as stacked horizontal bars, one colour per status. */
export function statusChart(rows: readonly DomainCounts[], lang: Lang, title: string): string {
  const height = rows.length * 24 + 60;
  const option = {
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { left: lang === 'zh' ? 150 : 250, right: 20, top: 30, bottom: 22 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { fontSize: 11, interval: 0 }, axisTick: { show: false } },
    series: STATUSES.map((s) => ({
      type: 'bar',
      stack: 'all',
      name: STATUS_WORDS[lang][s],
      color: STATUS_COLORS[s],
      barWidth: 14,
      data: rows.map((r) => r.counts[s]),
    })),
  };
  return toSvg(option, 720, height, title);
}
