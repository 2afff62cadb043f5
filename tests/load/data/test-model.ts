// The small indicator model the data-loader tests read against, plus helpers for temp files.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataModel } from '../../../src/load/data/index.js';
import { formatDiagnosticPlain, type Diagnostic } from '../../../src/model/diagnostic.js';
import type { DataLoadResult } from '../../../src/model/data.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/data');

export const MODEL: DataModel = {
  indicators: [
    { id: 'maternal_mortality', name: '孕产妇死亡率', name_en: 'Maternal mortality ratio', unit: '/10万', aliases: ['孕产妇死亡比'], dimensions: ['area'], derivation: { numerator: 'maternal_deaths', denominator: 'live_births', factor: 100000 } },
    { id: 'maternal_deaths', name: '孕产妇死亡数', name_en: 'Maternal deaths', unit: '人' },
    { id: 'live_births', name: '活产数', name_en: 'Live births', unit: '人' },
    { id: 'infant_mortality', name: '婴儿死亡率', name_en: 'Infant mortality rate', unit: '‰' },
    { id: 'hospital_delivery', name: '住院分娩率', name_en: 'Hospital delivery rate', unit: '%', dimensions: ['township', 'area'] },
    { id: 'life_expectancy', name: '人均预期寿命', name_en: 'Life expectancy', unit: '岁' },
    { id: 'sex_ratio', name: '出生人口性别比', name_en: 'Sex ratio at birth', unit: '' },
    { id: 'screening_rate', name: '宫颈癌筛查率', name_en: 'Cervical cancer screening rate', unit: '%', aliases: ['两癌筛查率'] },
  ],
  dimensions: [
    { id: 'township', name: '乡镇（街道）', name_en: 'Township', values: ['草海镇', '六桥街道', '海边街道', '雪山镇'] },
    { id: 'area', name: '城乡', name_en: 'Urban/rural', values: ['城镇', '农村'] },
  ],
  ruleIds: ['W-HEALTH-7', 'C-ENV-3'],
  years: { min: 2020, max: 2025 },
};

/** A fresh temp folder; remove it with cleanup(). */
export async function tempDir(): Promise<{ dir: string; write: (name: string, content: string | Uint8Array) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'plancheck-data-'));
  return {
    dir,
    write: async (name, content) => {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function plain(d: Diagnostic, lang: 'zh' | 'en' = 'en'): string {
  return formatDiagnosticPlain(d, lang);
}

export function byCode(result: DataLoadResult, code: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.code === code);
}

/** read = used + unused, the loader's bookkeeping promise. */
export function balanced(result: DataLoadResult): boolean {
  return result.rows.read === result.rows.used + result.rows.unused.toArray().length;
}

/** Observations reduced to what tests compare: indicator, year, dims, value or assessment. */
export function facts(result: DataLoadResult): string[] {
  return result.observations
    .map((o) => `${o.indicator}|${o.year}|${JSON.stringify(o.dims)}|${o.assessment ?? o.value}`)
    .sort();
}

const GBK_TABLE = new Map<string, number[]>();

/** Encode text as GBK bytes (ASCII as is), using a table built by decoding every GBK byte pair. */
export function encodeGbk(text: string): Uint8Array {
  if (GBK_TABLE.size === 0) {
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !GBK_TABLE.has(ch)) GBK_TABLE.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = GBK_TABLE.get(ch);
      if (pair === undefined) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
