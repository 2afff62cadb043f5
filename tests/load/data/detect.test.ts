import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectLayout } from '../../../src/load/data/detect.js';
import { buildHeaderNames } from '../../../src/load/data/header-names.js';
import { IndicatorLookup } from '../../../src/load/data/indicators-lookup.js';
import { normalizeUnit, unitShift } from '../../../src/load/data/units.js';
import { MODEL } from './test-model.js';

const names = buildHeaderNames(MODEL.dimensions);

describe('detectDelimiter', () => {
  it.each([
    ['indicator,year,value\n', ','],
    ['indicator\tyear\tvalue\r\n', '\t'],
    ['\n\nindicator\tyear\tvalue', '\t'],
    ['"a,b"\tyear\tvalue\n', '\t'],
    ['indicator\n', ','],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('detectLayout', () => {
  it('reads a long header with unit, note and dimension columns', () => {
    const { layout, problems } = detectLayout(['indicator', 'year', 'value', 'unit', 'note', 'township', 'area'], names);
    expect(problems).toEqual([]);
    expect(layout).toMatchObject({ kind: 'long', indicator: 0, year: 1, value: 2, unit: 3, dimensions: [{ index: 6, id: 'area' }, { index: 5, id: 'township' }] });
  });

  it('reads Chinese long headers, full-width brackets included', () => {
    const { layout } = detectLayout(['指标', '年度', '值', '单位', '备注', '乡镇（街道）', '城乡'], names);
    expect(layout).toMatchObject({ kind: 'long', indicator: 0, year: 1, value: 2, unit: 3 });
    expect(layout?.dimensions.map((d) => d.id)).toEqual(['area', 'township']);
  });

  it('reads a wide header: years as columns, first column the indicator, empty trailing columns dropped', () => {
    const { layout, problems } = detectLayout(['名称', '单位', '2020年', '2021年', '２０２２', '', ''], names);
    expect(problems).toEqual([]);
    expect(layout).toMatchObject({ kind: 'wide', width: 5, indicator: 0, unit: 1, years: [{ index: 2, year: 2020 }, { index: 3, year: 2021 }, { index: 4, year: 2022 }] });
  });

  it('lets dimension columns stand before the years', () => {
    const { layout } = detectLayout(['indicator', 'township', '2020', '2021'], names);
    expect(layout).toMatchObject({ kind: 'wide', indicator: 0, dimensions: [{ index: 1, id: 'township' }] });
  });

  it('warns about columns it does not know', () => {
    const { layout, problems } = detectLayout(['indicator', 'year', 'value', 'source'], names);
    expect(layout?.kind).toBe('long');
    expect(problems).toMatchObject([{ severity: 'warning', code: 'unknown-column', column: 4 }]);
    expect(problems[0]?.problem.en).toContain('column 4 (source)');
  });

  it('refuses a header without a value column', () => {
    const { layout, problems } = detectLayout(['indicator', 'year', 'amount'], names);
    expect(layout).toBeUndefined();
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'bad-header' });
    expect(problems[0]?.problem.en).toContain('no value column');
  });

  it('refuses duplicate column names', () => {
    const { layout, problems } = detectLayout(['indicator', 'year', 'value', 'Value'], names);
    expect(layout).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'duplicate-column', column: 4 });
    expect(problems[0]?.problem.en).toBe('column 4 (Value) repeats column 3 (value)');
  });

  it('refuses the same year twice in a wide header', () => {
    expect(detectLayout(['indicator', '2020', '2020年'], names).problems[0]).toMatchObject({ code: 'duplicate-column', column: 3 });
  });
});

describe('IndicatorLookup', () => {
  const lookup = new IndicatorLookup(MODEL.indicators, MODEL.ruleIds);

  it.each([
    ['hospital_delivery', 'hospital_delivery'],
    ['住院分娩率', 'hospital_delivery'],
    [' 住院分娩率 ', 'hospital_delivery'],
    ['两癌筛查率', 'screening_rate'],
    ['HOSPITAL_DELIVERY', 'hospital_delivery'],
    ['w-health-7', 'W-HEALTH-7'],
  ])('%j names %s', (raw, id) => expect(lookup.resolve(raw)?.id).toBe(id));

  it('knows rule ids as rules', () => expect(lookup.resolve('C-ENV-3')?.kind).toBe('rule'));

  it('suggests close names for an unknown one, at most three', () => {
    expect(lookup.suggest('住院分娩')[0]).toBe('住院分娩率 (hospital_delivery)');
    expect(lookup.suggest('infant_mortalty')[0]).toBe('婴儿死亡率 (infant_mortality)');
    expect(lookup.suggest('死亡率').length).toBeLessThanOrEqual(3);
    expect(lookup.suggest('zzzzzzzzzzzz')).toEqual([]);
  });
});

describe('units', () => {
  it.each([
    ['%', '‰', 1],
    ['‰', '/10万', 2],
    ['%', '/10万', 3],
    ['/10万', '%', -3],
    ['万人', '人', 4],
    ['岁', '岁', 0],
  ])('%s → %s moves the point by %d', (from, to, shift) => expect(unitShift(from, to)).toBe(shift));

  it.each([['%', '岁'], ['岁', '年'], ['', '%']])('%j cannot become %j', (from, to) => expect(unitShift(from, to)).toBeUndefined());

  it.each([['１/１０万', '/10万'], ['每10万人', '/10万'], [' ％ ', '%'], ['/1000', '‰']])('%j is spelled %j', (raw, unit) => expect(normalizeUnit(raw)).toBe(unit));
});
