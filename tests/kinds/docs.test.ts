import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/kinds/docs.js';
import { kinds } from '../../src/kinds/registry.js';

describe('docs/rules.md', () => {
  it('is generated from the kind modules (run `npm run docs` after changing one)', () => {
    expect(fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8')).toBe(renderRulesDoc());
  });
  it('documents every kind with its plan wording', () => {
    for (const kind of Object.values(kinds)) expect(kind.doc.wording.length).toBeGreaterThan(0);
  });
});
