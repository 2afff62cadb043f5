// What diff says about a results file it cannot use (src/diff/read-results.ts), in Chinese and English.
// The schema-version and summary checks are in guard-messages.ts (resultsText).
import type { Bilingual, Samples } from '../bilingual.js';

const EXPECTED: Bilingual = { zh: 'plancheck evaluate --format json 写出的结果文件', en: 'a results file written by plancheck evaluate --format json' };

export const resultsFileText = {
  expected: EXPECTED,
  empty: { zh: `文件是空的；应为${EXPECTED.zh}`, en: `the file is empty; expected ${EXPECTED.en}` },
  notJson: (line: number, column: number, detail: string): Bilingual => ({
    zh: `不是有效的 JSON（第 ${line} 行第 ${column} 列）；应为${EXPECTED.zh}`,
    en: `not valid JSON: line ${line}, column ${column}: ${detail}; expected ${EXPECTED.en}`,
  }),
  notResults: (issues: Bilingual, more: number, newer: Bilingual | undefined): Bilingual => ({
    zh: `不是 plancheck 结果文件${newer ? newer.zh : ''}：${issues.zh}${more > 0 ? `（另有 ${more} 处）` : ''}；应为${EXPECTED.zh}`,
    en: `not a plancheck results file${newer ? newer.en : ''}: ${issues.en}${more > 0 ? ` (and ${more} more)` : ''}; expected ${EXPECTED.en}`,
  }),
  newerVersion: (version: number, known: number): Bilingual => ({
    zh: `（schemaVersion ${version} 比本版本 plancheck 能读取的 ${known} 更新）`,
    en: ` (schemaVersion ${version} is newer than this plancheck reads, ${known})`,
  }),
  versionExpected: (message: Bilingual): Bilingual => ({ zh: `${message.zh}（${EXPECTED.zh}）`, en: `${message.en} (${EXPECTED.en})` }),
  ruleTwice: (rule: string, index: number): Bilingual => ({
    zh: `规则 ${rule} 出现了两次（$.results[${index}]）；应为${EXPECTED.zh}`,
    en: `rule ${rule} appears twice ($.results[${index}]); expected ${EXPECTED.en}`,
  }),
};

export const resultsFileSamples: Samples<typeof resultsFileText> = {
  expected: [],
  empty: [],
  notJson: [3, 7, 'Unexpected token'],
  notResults: [{ zh: '$.year：缺少必填字段', en: '$.year: Invalid input' }, 2, undefined],
  newerVersion: [9, 2],
  versionExpected: [{ zh: 'schemaVersion 9 比本版本新', en: 'schemaVersion 9 is newer' }],
  ruleTwice: ['T-H-1', 3],
};
