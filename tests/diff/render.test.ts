import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/diff/compare-reports.js';
import { renderDiffCsv } from '../../src/render/diff-csv.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffTable } from '../../src/render/diff-table.js';
import type { DiffRenderOptions } from '../../src/render/diff-view.js';
import { renderHistoryCsv } from '../../src/render/history-csv.js';
import { renderHistoryJson } from '../../src/render/history-json.js';
import { renderHistoryTable } from '../../src/render/history-table.js';

const diffRenderers = { table: renderDiffTable, json: renderDiffJson, markdown: renderDiffMarkdown, csv: renderDiffCsv };
const historyRenderers = { table: renderHistoryTable, json: renderHistoryJson, csv: renderHistoryCsv };
import type { HistoryReport } from '../../src/diff/types.js';
import { resultsFile } from './make-results.js';

const older = resultsFile(2023, [
  { rule: 'R-1', status: 'pass', value: 3.4, kind: 'at_most', target: { code: 'at_most', figures: { target: 3.5, unit: '‰' } } },
  { rule: 'R-2', status: 'fail', value: 92 },
  { rule: 'R-3', status: 'fail', value: 1 },
]);
const newer = resultsFile(2024, [
  { rule: 'R-1', status: 'at-risk', value: 3.8, kind: 'at_most', target: { code: 'at_most', figures: { target: 3.5, unit: '‰' } } },
  { rule: 'R-2', status: 'pass', value: 98 },
  { rule: 'R-3', status: 'fail', value: 1 },
]);
newer.results[1]!.indicatorName = '=SUM(A1)|x';
const report = compareReports(older, newer, { from: 'a.json', to: 'b.json' });
const options = (over: Partial<DiffRenderOptions> = {}): DiffRenderOptions => ({ lang: 'en', color: false, width: 80, bom: false, all: false, ...over });

describe('diff renderers', () => {
  it('table: regressions before improvements, unchanged only counted', () => {
    const text = diffRenderers.table(report, options());
    expect(text.indexOf('Regressed (1)')).toBeLessThan(text.indexOf('Improved (1)'));
    expect(text).toContain('(+0.4,');
    expect(text).not.toContain('R-3');
    expect(text).toContain('1 rule unchanged (--all lists them)');
    expect(diffRenderers.table(report, options({ all: true }))).toContain('R-3');
  });

  it('markdown: escapes pipes and folds unchanged rules', () => {
    const text = diffRenderers.markdown(report, options({ all: true, lang: 'zh' }));
    expect(text).toContain('### ▼ 退步（1）');
    expect(text).toContain('=SUM(A1)\\|x');
    expect(text).toContain('<details><summary>= 未变（1）</summary>');
  });

  it('csv: one row per listed rule, formula cells neutralised', () => {
    const lines = diffRenderers.csv(report, options()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^regressed,Regressed,demo-2021-2025,health,R-1,/);
    expect(lines[2]).toContain("'=SUM(A1)|x");
    expect(diffRenderers.csv(report, options({ bom: true })).startsWith('\uFEFF')).toBe(true);
  });

  it('json: versioned, with notes as text and changes as listed', () => {
    const json = JSON.parse(diffRenderers.json(report, options()));
    expect(json).toMatchObject({ schemaVersion: 1, lang: 'en', listsUnchanged: false, from: { year: 2023, source: 'a.json' }, to: { year: 2024 } });
    expect(json.changes.map((c: { rule: string }) => c.rule)).toEqual(['R-1', 'R-2']);
    expect(json.changes[0]).toMatchObject({ change: 'regressed', target: '≤ 3.5‰', value: { delta: 0.4, direction: 'worse' }, from: { status: 'pass' }, to: { status: 'at-risk' } });
    expect(json.summary.unchanged).toBe(1);
  });
});

describe('history renderers', () => {
  const history: HistoryReport = {
    years: [2022, 2023],
    rules: [
      {
        rule: 'R-1', plan: 'demo', domain: 'health', kind: 'at_most', indicator: 'm', indicatorName: '死亡率', unit: '‰',
        target: { code: 'at_most', figures: { target: 3.5, unit: '‰' } },
        points: [
          { year: 2022, status: 'fail', value: 4, valueYear: 2022, projected: 3.9 },
          { year: 2023, status: 'pass', value: 3.4, valueYear: 2023, projected: null },
        ],
        sparkline: '█▁',
        firstMet: 2023,
      },
    ],
  };
  const hopts = { lang: 'en' as const, color: false, width: 80, bom: false };

  it('table shows a status per year, the sparkline and the first year met', () => {
    const text = historyRenderers.table(history, hopts);
    expect(text).toMatch(/R-1\s+死亡率\s+✗ ✓\s+█▁\s+3.4‰\s+2023/);
  });

  it('csv has one row per rule and year; json keeps the points', () => {
    expect(historyRenderers.csv(history, hopts).trimEnd().split('\r\n')).toHaveLength(3);
    const json = JSON.parse(historyRenderers.json(history, hopts));
    expect(json).toMatchObject({ schemaVersion: 1, years: [2022, 2023], rules: [{ rule: 'R-1', firstMet: 2023, sparkline: '█▁', target: '≤ 3.5‰' }] });
    expect(json.rules[0].points).toHaveLength(2);
  });

  it('says so when the data has no years', () => {
    expect(historyRenderers.table({ years: [], rules: [] }, hopts)).toContain('no years');
  });
});
