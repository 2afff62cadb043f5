// The built CLI (npm run build; src/build-layers.mjs): a default run loads one file of plancheck's, every command
// loaded later finds its file, and what Node reads is ASCII (one-byte text, the fast decoding path).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run-cli.js';

const DIST = path.join(ROOT, 'dist');
const main = path.join(DIST, 'cli', 'main.js');
const read = (file: string) => fs.readFileSync(file, 'utf8');
const jsFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));

describe('the built CLI', () => {
  it('loads nothing of its own but dist/cli/main.js for a default run: main.js imports no file of plancheck statically', () => {
    const staticImports = [...read(main).matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?"([^"]+)"/g)].map((m) => m[1]!);
    expect(staticImports.filter((specifier) => specifier.startsWith('.'))).toEqual([]);
  });

  it('finds the file of every command and format it loads later, each taking shared code from main.js', () => {
    const lazy = [...read(main).matchAll(/import\("(\.\.\/lazy\/[\w-]+\.js)"\)/g)].map((m) => path.resolve(path.dirname(main), m[1]!));
    expect(lazy.length).toBeGreaterThan(5);
    for (const file of lazy) expect(fs.existsSync(file), file).toBe(true);
    // The same URL as bin/plancheck.js imports, so Node hands over the one instance of the core.
    expect(read(path.join(DIST, 'lazy', 'cli-history.js'))).toContain('from "../cli/main.js"');
    // And they run: a command from the lazy layer, with its language set through the core.
    const run = runCli(['list', '--lang', 'en', '--kind', 'at_most']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Rule +Kind/);
    expect(run.stdout).toMatch(/^W-HEALTH-3a +at most +Maternal mortality ratio/m);
  });

  it('is ASCII throughout, Chinese text included (as \\u escapes)', () => {
    for (const file of jsFiles(DIST)) expect(/[^\x00-\x7f]/.test(read(file)), path.relative(ROOT, file)).toBe(false);
    expect(read(main)).toMatch(/\\u8fbe\\u6807/i); // 达标
  });
});
