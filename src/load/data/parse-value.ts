// Pure parser for one value cell: numbers in many spellings, units, missing markers and assessments.
import type { Assessment } from '../../model/data.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import { rowText } from '../../i18n/guard-messages.js';
import { cleanCell, quote } from './normalize-text.js';
import { isKnownUnit, isRateUnit, normalizeUnit, unitShift } from './units.js';

export type ValueErrorCode = 'bad-value' | 'not-finite' | 'incompatible-unit' | 'unit-mismatch';

export type ParsedValue =
  | { kind: 'number'; value: number }
  | { kind: 'missing' }
  | { kind: 'assessment'; assessment: Assessment }
  | { kind: 'error'; code: ValueErrorCode; found: string; problem: Bilingual; expected: Bilingual };

const MISSING: ReadonlySet<string> = new Set(['', 'na', 'n/a', '#n/a', 'n.a.', '-', '--', '—', '——', '–', '/', '缺', '无数据', '暂无数据']);

const ASSESSMENTS: ReadonlyMap<string, Assessment> = new Map<string, Assessment>([
  ['met', 'met'], ['partial', 'partial'], ['not_met', 'not_met'], ['not met', 'not_met'], ['not-met', 'not_met'],
  ['达标', 'met'], ['已达标', 'met'], ['部分达标', 'partial'], ['基本达标', 'partial'], ['未达标', 'not_met'],
]);

// sign, integer part (plain or grouped by thousands) and/or fraction, exponent, then whatever follows (the unit).
const NUMBER = /^([+-]?)(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?\s*(.*)$/s;
const NON_FINITE_WORD = /^[+-]?(?:nan|inf|infinity)$/i;
const COMMA = /,/g;
const NO_MODEL_UNITS: ReadonlySet<string> = new Set();
const MISSING_VALUE: ParsedValue = { kind: 'missing' };

/** What a value cell should look like for an indicator in this (canonical) unit. */
export function expectedNumber(unit: string): Bilingual {
  return dataRowText.expectedNumber(unit, isRateUnit(unit));
}

/** A unit as messages name it: a plain number when there is none. */
function describeUnit(unit: string): Bilingual {
  return unit === '' ? dataRowText.plainNumber : { zh: unit, en: unit };
}

/**
 * Parse a value cell into the indicator's unit. `targetUnit` and `unitColumn` may be in any spelling;
 * `unitColumn` is the row's unit cell ('' when there is none). Conversion moves the decimal point in the
 * text, so "3.5‰" read as % is exactly Number("0.35").
 */
export function parseValue(raw: string, targetUnit: string, unitColumn = '', modelUnits = NO_MODEL_UNITS): ParsedValue {
  // Most cells are a plain decimal in the indicator's unit: read it without the regular expressions.
  if (unitColumn === '' && isPlainDecimal(raw)) {
    const value = Number(raw);
    // Hundreds of digits overflow to Infinity: the full path below reports that.
    if (Number.isFinite(value)) return { kind: 'number', value: value === 0 ? 0 : value };
  }
  const text = cleanCell(raw);
  if (text === '') return MISSING_VALUE;
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) {
    // Not a digit first: perhaps a missing marker or an assessment word.
    const lower = text.length <= 12 ? text.toLowerCase() : text;
    if (MISSING.has(lower)) return MISSING_VALUE;
    const assessment = ASSESSMENTS.get(lower);
    if (assessment !== undefined) return { kind: 'assessment', assessment };
  }
  const target = normalizeUnit(targetUnit);
  const match = NUMBER.exec(text);
  if (match === null) {
    const finite = NON_FINITE_WORD.test(text);
    return fail(finite ? 'not-finite' : 'bad-value', raw, dataRowText.notANumber(quote(text), finite), expectedNumber(target));
  }
  const [, sign = '', intPart = '', fracPart = '', fracOnly, expPart, suffixText = ''] = match;
  const suffix = suffixText === '' ? '' : normalizeUnit(suffixText);
  if (suffix !== '' && !isKnownUnit(suffix, modelUnits)) {
    return fail('bad-value', raw, dataRowText.notANumber(quote(text), false), expectedNumber(target));
  }
  const column = unitColumn === '' ? '' : normalizeUnit(unitColumn);
  let source = suffix === '' ? (column === '' ? target : column) : suffix;
  if (suffix !== '' && column !== '' && suffix !== column) {
    if (suffix === '万' && !isRateUnit(column)) source = `万${column}`;
    else return fail('unit-mismatch', raw, dataRowText.unitMismatch(quote(text), suffix, column), dataRowText.sameUnit);
  }
  if (source === target && expPart === undefined && fracOnly === undefined && intPart.indexOf(',') === -1) {
    // The common case: a plain number already in the indicator's unit.
    const value = suffixText === '' ? Number(text) : Number(`${sign}${intPart}.${fracPart}`);
    if (!Number.isFinite(value)) return fail('not-finite', raw, dataRowText.notANumber(quote(text, 40), true), expectedNumber(target));
    return { kind: 'number', value: value === 0 ? 0 : value };
  }
  const shift = unitShift(source, target);
  if (shift === undefined) {
    const problem = suffix === '' ? dataRowText.unitNotConvertible(quote(unitColumn.trim()), describeUnit(target)) : dataRowText.valueNotConvertible(quote(text), source, describeUnit(target));
    return fail('incompatible-unit', raw, problem, dataRowText.numberIn(describeUnit(target)));
  }
  const digits = fracOnly === undefined ? `${intPart.replace(COMMA, '')}.${fracPart}` : `0.${fracOnly}`;
  const exponent = (expPart === undefined ? 0 : Number(expPart)) + shift;
  const value = Number(`${sign}${digits}e${exponent}`);
  if (!Number.isFinite(value)) return fail('not-finite', raw, dataRowText.notANumber(quote(text), true), expectedNumber(target));
  // 1e3 in a % column is a spreadsheet's rendering, or a slip: 1000 % would pass a target silently.
  if (expPart !== undefined) return fail('bad-value', raw, rowText.exponent(quote(text)), expectedNumber(target));
  return { kind: 'number', value: value === 0 ? 0 : value };
}

function fail(code: ValueErrorCode, found: string, problem: Bilingual, expected: Bilingual): ParsedValue {
  return { kind: 'error', code, found, problem, expected };
}

/** -12 or 3.5: digits, at most one point between digits, an optional leading minus; nothing else. */
function isPlainDecimal(text: string): boolean {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let point = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && point === -1 && digits > 0) point = i;
    else return false;
  }
  return digits > 0 && point !== text.length - 1;
}
