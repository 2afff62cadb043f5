// The table in a real pseudo-terminal (util-linux `script`), as a statistics officer sees it: as wide as the
// terminal says, without COLUMNS exported, and nothing that matters cut.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, displayWidth, runCli } from '../helpers/run-cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const BIN = path.join(ROOT, 'bin', 'plancheck.js');

function inTerminal(columns: number, args: string[]): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['COLUMNS', 'NO_COLOR', 'FORCE_COLOR', 'LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[key];
  const command = `stty cols ${columns} rows 40; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args.join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  // A terminal ends lines with \r\n; the colour a terminal gets is not part of the width.
  return result.stdout.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
}

const rules: Array<{ rule: string }> = JSON.parse(runCli(['evaluate', '--format', 'json']).stdout).results;

describe.skipIf(!hasScript)('the evaluate table in a pseudo-terminal', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const columns of [80, 120]) {
      it(`${lang} at ${columns} columns: no line longer than the terminal, every rule id and status word whole`, () => {
        const lines = inTerminal(columns, ['evaluate', '--lang', lang]);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
        const widest = Math.max(...lines.map(displayWidth));
        // The table uses the room: a 120-column terminal gets a wider table than an 80-column one.
        expect(widest).toBeGreaterThan(columns - 10);
        const rows = lines.filter((line) => /^[WC]-[A-Z]+-/.test(line));
        expect(rows.map((line) => line.split(' ')[0])).toEqual(rules.map((r) => r.rule));
        const words = lang === 'zh' ? /[✓!✗?…] (达标|预警|未达标|无数据|待评估)( |$)/ : /[✓!✗?…] (pass|at-risk|fail|no-data|not-assessed)( |$)/;
        for (const row of rows) expect(row, row).toMatch(words);
      });
    }
  }

  it('a qualitative goal shows its own words, and 每年 / 力争 stay in the target', () => {
    const lines = inTerminal(120, ['evaluate', '--lang', 'zh']);
    expect(lines.find((l) => l.startsWith('W-HEALTH-1 '))).toContain('妇女健康水平不断提高');
    expect(lines.find((l) => l.startsWith('C-SAFETY-M7b '))).toContain('每年 ≥ 10%');
    expect(lines.find((l) => l.startsWith('W-EDU-7b '))).toContain('力争 ≥ 8.5 年');
    expect(lines.join('\n')).not.toContain('（定性）');
  });
});
