// The report of the bundled sample in a real browser (Debian's chromium driven by playwright-core), in both languages.
// Screenshots go to tests/output/browser/ (git-ignored) for a person to look at.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsFile } from '../../src/schema/results.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CHROMIUM = process.env.PLANCHECK_CHROMIUM ?? '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUTPUT = path.join(ROOT, 'tests', 'output', 'browser');
/** A4 at 96 px per inch, less the page margins of the print style sheet (14 mm top, 16 mm bottom, 12 mm each side). */
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 24) * MM);
const PRINT_HEIGHT = Math.floor((297 - 30) * MM);

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    // Not a skip: CI installs it (.ci/run), and a missing browser must not pass silently.
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (.ci/run does this), or set PLANCHECK_CHROMIUM`);
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-browser-'));
  fs.mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  problems: string[];
  results: ResultsFile;
}

async function openReport(lang: 'zh' | 'en', width: number): Promise<Opened> {
  const file = path.join(dir, `report-${lang}.html`);
  if (!fs.existsSync(file)) {
    const run = runCli(['report', '--year', '2024', '--lang', lang, '-o', file]);
    expect(run.status, run.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, `results-${lang}.json`), runCli(['evaluate', '--year', '2024', '--format', 'json', '--lang', lang]).stdout);
  }
  const results = JSON.parse(fs.readFileSync(path.join(dir, `results-${lang}.json`), 'utf8')) as ResultsFile;
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  // Every request is routed: anything but the file itself is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    problems.push(`outgoing request: ${url}`);
    return route.abort();
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems, results };
}

describe.each(['zh', 'en'] as const)('the report in a browser (--lang %s)', { timeout: 120_000 }, (lang) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openReport(lang, 1280);
  }, 120_000);
  afterAll(async () => opened?.page.context().close());

  it('opens without console errors, failed requests, or any request leaving the file', async () => {
    expect(await opened.page.title()).toMatch(lang === 'zh' ? /2024年规划目标监测报告/ : /Monitoring report on the plan targets, 2024/);
    expect(opened.problems).toEqual([]);
  });

  it.each([1280, 800])('has no horizontal overflow at %i px, and every chart has a box inside the page', async (width) => {
    const { page } = opened;
    await page.setViewportSize({ width, height: 900 });
    const layout = await page.evaluate(() => {
      const doc = document.documentElement;
      const boxes = [...document.querySelectorAll('figure svg')].map((svg) => {
        const r = svg.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, height: r.height };
      });
      const wide = [...document.querySelectorAll('table, figure, p, h1, h2, dl')].filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5).length;
      // Nothing spills out of its table cell either (a long rule id or status word over the next column).
      const spilled = [...document.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent);
      return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, boxes, wide, spilled };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.wide).toBe(0);
    expect(layout.spilled).toEqual([]);
    expect(layout.boxes.length).toBeGreaterThan(100);
    for (const box of layout.boxes) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(layout.clientWidth);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows every rule once, in its own domain section', async () => {
    const sections = await opened.page.evaluate(() =>
      [...document.querySelectorAll('section.domain')].map((s) => ({
        id: s.id,
        rows: [...s.querySelectorAll('tr[data-rule]')].map((tr) => tr.getAttribute('data-rule')!),
        // Criteria may refer to other rules by id ("see W-HEALTH-8b"): the plan's cross-references are not listings.
        text: (() => {
          const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('.crit')) parts.push(node.textContent ?? '');
          return parts.join(' ');
        })(),
        idCells: [...s.querySelectorAll('td.rule-id')].map((c) => c.textContent),
      })),
    );
    const seen = new Map<string, string>();
    for (const section of sections) for (const rule of section.rows) seen.set(rule, section.id);
    expect(sections.flatMap((s) => s.rows)).toHaveLength(opened.results.results.length);
    for (const r of opened.results.results) {
      const id = `domain-${r.plan}-${r.domain}`;
      expect(seen.get(r.rule), r.rule).toBe(id);
      const section = sections.find((s) => s.id === id)!;
      expect(section.idCells.filter((c) => c === r.rule), r.rule).toHaveLength(1);
      const escaped = r.rule.replace(/[-]/g, '\\-');
      expect(section.text.match(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g')), r.rule).toHaveLength(1);
    }
  });

  it('shows status counts equal to the JSON summary, in total and per plan', async () => {
    const counts = await opened.page.evaluate(() => {
      const read = (row: Element | null) => Object.fromEntries([...(row?.querySelectorAll('[data-status]') ?? [])].map((c) => [c.getAttribute('data-status'), Number(c.textContent)]));
      return {
        total: read(document.querySelector('#total-row')),
        plans: Object.fromEntries([...document.querySelectorAll('tr.plan-row')].map((row) => [row.getAttribute('data-plan'), read(row)])),
      };
    });
    const { summary, results } = opened.results;
    expect(counts.total).toEqual(summary);
    for (const [plan, shown] of Object.entries(counts.plans)) {
      const mine = results.filter((r) => r.plan === plan);
      for (const status of ['pass', 'at-risk', 'fail', 'no-data', 'not-assessed']) expect(shown[status], `${plan} ${status}`).toBe(mine.filter((r) => r.status === status).length);
      expect(shown.total).toBe(mine.length);
    }
  });

  it('prints to an A4 PDF with no chart or table row split across pages', async () => {
    const { page } = opened;
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(10);
    // In print emulation at the printed width: every chart and row must keep together (break-inside) and be able to (fit a page).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINT_WIDTH, height: PRINT_HEIGHT });
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('figure, tr')].map((e) => ({
        what: e.tagName === 'TR' ? `row ${e.getAttribute('data-rule') ?? (e.textContent ?? '').slice(0, 20)}` : `chart ${e.querySelector('figcaption')?.textContent ?? ''}`,
        breakInside: getComputedStyle(e).breakInside,
        height: e.getBoundingClientRect().height,
        right: e.getBoundingClientRect().right,
      })),
    );
    expect(blocks.length).toBeGreaterThan(300);
    for (const block of blocks) {
      expect(block.breakInside, block.what).toBe('avoid');
      expect(block.height, block.what).toBeLessThanOrEqual(PRINT_HEIGHT);
      expect(block.right, block.what).toBeLessThanOrEqual(PRINT_WIDTH);
    }
    const domainsStartPages = await page.evaluate(() => [...document.querySelectorAll('section.domain')].every((s) => getComputedStyle(s).breakBefore === 'page'));
    expect(domainsStartPages).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('writes screenshots of the first page and of one domain', async () => {
    const { page } = opened;
    const first = path.join(OUTPUT, `report-${lang}-first-page.png`);
    const domain = path.join(OUTPUT, `report-${lang}-domain.png`);
    await page.screenshot({ path: first });
    await page.locator('section.domain').first().screenshot({ path: domain });
    for (const shot of [first, domain]) expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
  });
});
