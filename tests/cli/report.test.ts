import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format.js';
import { MINI, ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-report-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('plancheck report', { timeout: 60_000 }, () => {
  it('writes one self-contained HTML page of the bundled sample: no script, no external file, under 3 MB', () => {
    const run = runCli(['report', '--year', '2024', '--lang', 'zh', '-o', file('2024年监测报告.html')], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = fs.readFileSync(file('2024年监测报告.html'), 'utf8');
    expect(fs.statSync(file('2024年监测报告.html')).size).toBeLessThanOrEqual(3 * 1024 * 1024);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(\s*['"]?(https?:|\/\/)/i);
    // The only URLs are the SVG namespaces, which are names, not requests.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
    expect(html).toContain('威府发〔2023〕4号');
    expect(html).toContain('示例数据');
    expect(html).toContain('2026-01-01');
    // Every rule's row carries the status and value evaluate --format json gives it.
    const json = JSON.parse(runCli(['evaluate', '--year', '2024', '--format', 'json', '--lang', 'zh']).stdout) as { results: Array<{ rule: string; status: string; value: number | null; valueYear: number | null; kind: string; units: unknown }> };
    const rows = new Map([...html.matchAll(/<tr data-rule="([^"]+)" data-status="([^"]+)">(.*?)<\/tr>/g)].map((m) => [m[1], { status: m[2], cells: m[3]! }]));
    expect(rows.size).toBe(json.results.length);
    for (const r of json.results) {
      expect(rows.get(r.rule)?.status, r.rule).toBe(r.status);
      if (r.value !== null && !r.units && r.kind !== 'qualitative') expect(rows.get(r.rule)!.cells, r.rule).toContain(`${formatNumber(r.value)}`);
    }
    // About 110 charts: one per numeric target with a series or units, plus the status chart.
    const charts = html.match(/<svg /g)?.length ?? 0;
    expect(charts).toBeGreaterThan(100);
  });

  it('compares with the previous year as plancheck diff does', () => {
    runCli(['report', '--lang', 'en', '-o', file('en.html')]);
    const diff = JSON.parse(runCli(['diff', '--from', '2023', '--to', '2024', '--format', 'json']).stdout) as { summary: Record<string, number> };
    const html = fs.readFileSync(file('en.html'), 'utf8');
    expect(html).toContain(`Regressed ${diff.summary.regressed} · Improved ${diff.summary.improved}`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('SAMPLE DATA');
  });

  it('says there is no comparison when the data has no previous year', () => {
    const run = runCli(['report', '--plans', MINI.plans, MINI.data, '--year', '2020', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('The data has no 2019, so there is no comparison with the previous year.');
    expect(run.stdout).not.toContain('SAMPLE DATA');
  });

  it('writes the draft narrative as markdown, marked as a draft, one heading per domain', () => {
    const run = runCli(['report', '--format', 'markdown', '--plan', 'women-2021-2025']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# 2024年规划目标监测报告\n\n> 以下文字由 plancheck 根据数据自动生成，仅为草稿/);
    expect(run.stdout).toContain('### (一)妇女与健康');
    expect(run.stdout).not.toContain('儿童发展规划');
    expect(run.stdout).toMatch(/孕产妇死亡率为10\.41\/10万，比上年(提高|下降)[\d.]+个十万分点，低于规划目标（12\/10万以下），提前实现规划目标。/);
    expect(run.stdout).not.toContain('<svg');
  });

  it('stops with exit 2 and says what was expected for a bad option', () => {
    const format = runCli(['report', '--format', 'pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format "pdf" 在此不支持；应为：html, markdown');
    const plan = runCli(['report', '--plan', 'nope']);
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain('--plan "nope" matches no plan');
    const year = runCli(['report', '--year', '1999']);
    expect(year.status).toBe(2);
    // The same year check as evaluate: before the baseline, or past the data, is refused and the covered years named.
    expect(year.stderr).toContain('--year 1999 早于规划基期 2020 年；数据覆盖的年份：2020–2024');
    const later = runCli(['report', '--year', '2030', '--lang', 'en']);
    expect(later.status).toBe(2);
    expect(later.stderr).toContain('--year 2030 is outside the years the data covers (2020–2024)');
    expect(year.stderr).not.toMatch(/\n\s+at /);
  });

  it('never writes over an input file', () => {
    const run = runCli(['report', '--output', path.join('data', 'shared.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is one of the input files');
  });
});

describe('ECharts stays off the other commands’ start-up path', () => {
  /** Every file reached from `entry` by static imports (dynamic import() is not followed). */
  function staticClosure(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?"(\.[^"]+)"/g)) visit(path.resolve(path.dirname(file), m[1]!));
    };
    visit(entry);
    return seen;
  }
  const main = path.join(ROOT, 'dist', 'cli', 'main.js');
  // The default command is in the core (dist/cli/main.js); every other command is a file of the lazy layer.
  const commandFile = (name: string) => {
    if (name === 'evaluate') return main;
    const file = path.join(ROOT, 'dist', 'lazy', `cli-${name}.js`);
    expect(fs.existsSync(file), `no dist/lazy/cli-${name}.js`).toBe(true);
    expect(fs.readFileSync(main, 'utf8'), `dist/cli/main.js does not load the ${name} command`).toContain(`import("../lazy/cli-${name}.js")`);
    return file;
  };
  const drawsCharts = (files: Set<string>) => [...files].some((f) => fs.readFileSync(f, 'utf8').includes('renderToSVGString'));

  it('no command but report reaches ECharts by static imports', () => {
    for (const name of ['evaluate', 'explain', 'list', 'validate', 'diff', 'history', 'template']) {
      expect(drawsCharts(new Set([...staticClosure(main), ...staticClosure(commandFile(name))])), name).toBe(false);
    }
    // The check can fail: the report's renderer does reach it.
    const report = commandFile('report');
    const renderers = [...fs.readFileSync(report, 'utf8').matchAll(/import\("(\.\/[\w-]+\.js)"\)/g)].map((m) => path.resolve(path.dirname(report), m[1]!));
    // Of its two renderers, the page draws charts and the markdown narrative does not.
    expect(renderers.map((r) => drawsCharts(staticClosure(r))).sort()).toEqual([false, true]);
  });
});
