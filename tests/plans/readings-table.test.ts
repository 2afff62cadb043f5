// plans/README.md lists every flagged reading of the rule files, so the county can settle them in one sitting.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEGIN, CONFIRM, END, READING, README, flaggedReadings, renderTable, type FlaggedReading } from '../../scripts/readings-table.mjs';
import { allRules } from './plan-files.js';

const readme = fs.readFileSync(README, 'utf8');
const readings: FlaggedReading[] = flaggedReadings();
const rows = readme.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| 编号') && !line.startsWith('| ---'));

describe('the table of flagged readings in plans/README.md', () => {
  it('is the table the rule files give today (run `node scripts/readings-table.mjs` or `npm run docs` when it is not)', () => {
    const table = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END) + END.length);
    expect(table).toBe(renderTable(readings));
  });

  it('has one row per flag of every rule, naming the rule, its plan words and the reading', () => {
    const flags = allRules.flatMap(({ rule }) => (rule.flags ?? []).map((flag) => ({ id: rule.id, text: rule.text, flag })));
    expect(flags.length).toBeGreaterThanOrEqual(20);
    expect(rows).toHaveLength(flags.length);
    const missing = flags.filter(({ id, text, flag }) => {
      const before = (flag.includes(CONFIRM) ? flag.slice(0, flag.indexOf(CONFIRM)) : flag).trim();
      const reading = before.startsWith(READING) ? before.slice(READING.length) : before;
      return !rows.some((row) => row.startsWith(`| ${id} | ${text.replace(/\|/g, '\\|')} | ${reading.replace(/\|/g, '\\|')} |`));
    });
    expect(missing.map((m) => m.id)).toEqual([]);
  });

  it('says what the county should confirm for each of the readings this pass added', () => {
    for (const id of ['C-HEALTH-M6a', 'C-HEALTH-10a', 'C-WELFARE-M13', 'C-SAFETY-4a', 'C-ENV-M9a']) {
      const row = rows.find((r) => r.startsWith(`| ${id} |`));
      expect(row, id).toBeDefined();
      expect(row!.split(' | ')[3]!.length, id).toBeGreaterThan(5);
      expect(row, id).not.toContain('读法是否正确');
    }
  });
});
