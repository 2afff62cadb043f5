// Sample inputs for the texts of src/i18n/guard-messages.ts, so the completeness test calls every one of them.
import type { Samples } from '../bilingual.js';
import type { guardText, modelText, outputText, resultsText, rowText } from '../guard-messages.js';

const why = { zh: '没有读取权限', en: 'permission denied' };

export const guardSamples: Samples<typeof guardText> = {
  unreadable: ['a.csv', why],
  cannotRead: ['a.yaml', why, { zh: '可读的 YAML 规则文件', en: 'a readable YAML rule file' }],
  ruleFileExpected: [],
  dataFileExpected: [],
  resultsFileExpected: [],
  sameFileReadOnce: ['b.csv', 'a.csv'],
  editorFileSkipped: ['~$a.xlsx'],
  notRegularInFolder: ['fifo.csv', why],
  splitTargetNotFolder: ['out'],
  cannotCreateFolder: ['out', 'EACCES'],
};

export const outputSamples: Samples<typeof outputText> = {
  isInput: ['a.csv', 'a.csv'],
  isFolder: ['out'],
  readOnly: ['a.csv'],
  dangling: ['a.csv'],
  cannotWrite: ['a.csv', 'EACCES'],
};

export const modelSamples: Samples<typeof modelText> = {
  definedTwice: ['indicator', 'mmr', 'a.yaml:3', { zh: '每个指标编号只定义一次', en: 'each indicator id once' }],
  onePlanFile: [],
  oneIndicatorId: [],
  oneDimension: [],
  ruleIdTwice: ['T-H-1', 'a.yaml:3'],
  implausibleBaseline: [99999, 1949, 2100],
  badDeadline: [2019, 2020, 2100],
  badStart: [2030, 2020, 2025],
  unknownDimensionOf: ['x', 'mmr', 'township, area'],
  sharedName: ['mmr', 'a', 'a.yaml:3', 'b'],
  undeclaredDimension: ['mmr', 'township', '[area]'],
};

export const rowSamples: Samples<typeof rowText> = {
  exponent: ['"1e3"'],
  undeclaredRow: ['sex', 'mmr', 'area'],
  unreadUnitRow: ['x', 'township', 'mmr', 'a、b'],
  unreadUnitRows: ['x', 'township', 'mmr', '', { zh: '（共 2 行）', en: ' (2 rows)' }],
  undeclaredRows: ['mmr', 'sex', { zh: '', en: '' }],
  blankCells: ['township', 2, '3, 4'],
  blankCellsExpected: ['township'],
  mixedEncoding: [1, 3],
};

export const resultsSamples: Samples<typeof resultsText> = {
  unknownVersion: [9, true, '2'],
  summaryContradicts: ['pass', 3, 2],
};
