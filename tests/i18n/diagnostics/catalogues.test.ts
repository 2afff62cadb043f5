// Every loader and model diagnostic text exists in Chinese and English: each entry of each catalogue is called
// with its sample inputs; the Chinese reads as Chinese, the English has no Chinese beyond the inputs and the few
// Chinese names an English message quotes on purpose (Excel's menu, Chinese headers).
import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../src/i18n/bilingual.js';
import { DIAGNOSTIC_CATALOGUES } from '../../../src/i18n/catalogues.js';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Chinese an English message shows as the user sees it: menu names, headers, words the data may hold. */
const QUOTED_CHINESE = ['文件 › 另存为 › "Excel 工作簿 (*.xlsx)"', 'WPS 表格', '指标,年份,数值', '名称,代码', '达标, 部分达标, 未达标', '2024年', '合计/全县', '(合计)'];

function stripped(text: string, inputs: readonly unknown[]): string {
  let rest = text;
  for (const quoted of QUOTED_CHINESE) rest = rest.split(quoted).join('');
  for (const input of inputs.flatMap(flatten)) rest = rest.split(input).join('');
  return rest;
}

function flatten(input: unknown): string[] {
  if (typeof input === 'string') return input === '' ? [] : [input];
  if (Array.isArray(input)) return input.flatMap(flatten);
  if (input !== null && typeof input === 'object') return Object.values(input).flatMap(flatten);
  return [];
}

describe('diagnostic catalogues', () => {
  for (const catalogue of DIAGNOSTIC_CATALOGUES) {
    describe(catalogue.name, () => {
      it('has sample inputs for exactly its entries', () => {
        expect(Object.keys(catalogue.samples).sort()).toEqual(Object.keys(catalogue.texts).sort());
      });
      for (const [key, entry] of Object.entries(catalogue.texts)) {
        it(`${key}: Chinese and English`, () => {
          const inputs = catalogue.samples[key] ?? [];
          const text: Bilingual = typeof entry === 'function' ? (entry as (...args: unknown[]) => Bilingual)(...inputs) : entry;
          expect(text.zh.trim(), 'zh').not.toBe('');
          expect(text.en.trim(), 'en').not.toBe('');
          expect(text.zh, 'zh').toMatch(CJK);
          expect(stripped(text.en, inputs), `en: ${text.en}`).not.toMatch(CJK);
        });
      }
    });
  }
});
