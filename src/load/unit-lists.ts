// The county's own lists of townships and villages: data files beside the statistics (乡镇名单.csv, 村名单.csv;
// one name a row, an optional code), not values in the rule model, because administrative adjustments change them.
import { dataFileText } from '../i18n/diagnostics/data-files.js';
import { unitListText } from '../i18n/diagnostics/unit-lists.js';
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import type { Dimension } from '../schema/indicator.js';
import { detectDelimiter } from './data/detect.js';
import { DiagnosticSink } from './data/diagnostic-sink.js';
import { listDataFiles } from './data/list-files.js';
import { cleanCell, nameKey } from './data/normalize-text.js';
import { readRecords } from './data/read-records.js';
import { sniffFile, type Encoding } from './data/sniff-file.js';

export interface ListedUnit {
  name: string;
  /** 曾用名: names the data may still use for this unit, e.g. from before a 乡 became a 镇. */
  formerNames: string[];
  /** 区划代码 or the county's own code; '' when the list gives none. */
  code: string;
  line: number;
}

export interface UnitList {
  dimension: string;
  file: string;
  units: ListedUnit[];
}

export interface UnitListsResult {
  lists: Map<string, UnitList>;
  diagnostics: Diagnostic[];
}

const NAME_HEADERS = ['名称', '名字', '单位', '单位名称', '名单', 'name', 'unit'];
const CODE_HEADERS = ['代码', '编码', '编号', '区划代码', '统计用区划代码', 'code'];
const NOTE_HEADERS = ['备注', '说明', 'note', 'notes', 'remark'];
const FORMER_HEADERS = ['曾用名', '原名', '别名', '旧名', 'former_names', 'former names', 'aliases', 'alias'];
/** Several former names in one cell: 草海乡、草海 or 草海乡;草海. */
const NAME_SEPARATORS = /[、;；/|]/;
/** A row that sums the list in a spreadsheet, not a unit. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['合计', '总计', '全县', '小计', 'total']);
/** Title lines (威宁自治县乡镇名单（2024年）) allowed above the header. */
const TITLE_LINES = 3;

/** The dimension whose county list this file is (by its name: 乡镇名单.csv, township-list.csv), if any. */
export function unitListDimension(file: string, dimensions: Iterable<Dimension>): Dimension | undefined {
  const stem = nameKey(basename(file, extname(file)));
  for (const dimension of dimensions) if (dimension.list_file?.some((name) => nameKey(name) === stem)) return dimension;
  return undefined;
}

/** How the list file of a dimension is named in messages: 乡镇名单.csv (or township-list.csv). */
export function listFileLabel(dimension: Pick<Dimension, 'list_file'>): string {
  const [zh, ...others] = dimension.list_file ?? [];
  return [`${zh}.csv`, ...others.map((n) => `${n}.csv`)].join(' / ');
}

/** Dimensions whose units the rules judge one by one, so that a missing list changes verdicts. */
function dimensionsJudgedPerUnit(model: Pick<PlanModel, 'rules'>): Set<string> {
  const used = new Set<string>();
  for (const { rule } of model.rules) {
    const check = rule.check;
    if (check.kind === 'each_unit' && check.units === undefined) used.add(check.dimension);
    if (check.kind === 'gap' && check.groups === 'listed') used.add(check.dimension);
  }
  return used;
}

/**
 * Find and read the list files among the data paths (folders are searched like data folders). Problems become
 * diagnostics: a duplicate name or code, an empty list, two lists of one dimension, and no list where rules need one.
 */
export async function readUnitLists(dataPaths: readonly string[], model: Pick<PlanModel, 'rules' | 'dimensions'>, encoding?: Encoding): Promise<UnitListsResult> {
  const sink = new DiagnosticSink();
  const lists = new Map<string, UnitList>();
  const listed = [...model.dimensions.values()].filter((d) => d.list_file !== undefined);
  if (listed.length === 0) return { lists, diagnostics: [] };
  // Missing paths are reported by the data loader; here they only mean "no list there".
  const files = await listDataFiles(dataPaths, new DiagnosticSink());
  for (const file of files) {
    const dimension = unitListDimension(file, listed);
    if (dimension === undefined) continue;
    const first = lists.get(dimension.id);
    if (first !== undefined) {
      const problem = unitListText.secondList(dimension.name, dimension.name_en, first.file, file);
      sink.add({ severity: 'error', code: 'duplicate-unit-list', file, problem, found: file, expected: unitListText.oneListFile(listFileLabel(dimension)) });
      continue;
    }
    const list = await readUnitList(file, dimension, sink, encoding);
    lists.set(dimension.id, list);
    // validate shows this, so an officer sees which list was used and how many units it has.
    const problem = unitListText.listRead(dimension.name, dimension.name_en, list.units.length);
    sink.add({ severity: 'info', code: 'unit-list-read', file, problem, found: unitListText.namesFound(list.units.length), expected: unitListText.fullList });
  }
  const needed = dimensionsJudgedPerUnit(model);
  for (const dimension of listed) {
    if (lists.has(dimension.id) || !needed.has(dimension.id)) continue;
    const where = [...dataPaths].join(', ');
    const problem = unitListText.noList(dimension.name, dimension.name_en);
    const expected = unitListText.listBesideData(listFileLabel(dimension));
    sink.add({ severity: 'warning', code: 'no-unit-list', file: where, problem, found: unitListText.noListFound, expected });
  }
  sink.finish();
  return { lists, diagnostics: sink.diagnostics };
}

async function readUnitList(file: string, dimension: Dimension, sink: DiagnosticSink, encoding?: Encoding): Promise<UnitList> {
  const list: UnitList = { dimension: dimension.id, file, units: [] };
  sink.beginFile();
  const sniff = await sniffFile(file, encoding);
  if (!sniff.ok) {
    sink.add(sniff.finding);
    sink.endFile(file);
    return list;
  }
  // Lists are short: read every row first, so that a title line above the header can be told from a name.
  const records: Array<{ cells: string[]; line: number }> = [];
  const problems = await readRecords(
    file,
    sniff.encoding,
    detectDelimiter(sniff.head),
    (fields, line) => {
      const cells = fields.map(cleanCell);
      if (cells.some((c) => c !== '')) records.push({ cells, line });
    },
    { quoted: sniff.quoted, bytes: sniff.bytes, text: sniff.text, exact: sniff.warning === undefined },
  );
  for (const p of problems) sink.add({ severity: 'error', code: p.code, file, line: p.line, problem: dataFileText.badRecord(p.line, p.message), found: unitListText.unreadableRow, expected: unitListText.oneNameARow });
  const headerWords = new Set([...NAME_HEADERS, dimension.id, dimension.name, dimension.name_en, ...headerVariants(dimension.name)].map(nameKey));
  const headerAt = records.slice(0, TITLE_LINES + 1).findIndex((r) => headerColumns(r.cells, headerWords) !== undefined);
  const columns: Columns = headerAt === -1 ? { name: 0, code: 1, former: -1 } : headerColumns(records[headerAt]!.cells, headerWords)!;
  for (const title of records.slice(0, Math.max(headerAt, 0))) {
    sink.add({ severity: 'info', code: 'list-title', file, line: title.line, problem: unitListText.titleLine(title.line), found: title.cells.join(','), expected: unitListText.headerThenNames });
  }
  const byName = new Map<string, ListedUnit>();
  const byCode = new Map<string, ListedUnit>();
  for (const { cells, line } of records.slice(headerAt + 1)) {
    const name = cells[columns.name] ?? '';
    const code = columns.code >= 0 ? (cells[columns.code] ?? '') : '';
    if (name === '') {
      sink.add({ severity: 'error', code: 'unit-without-name', file, line, problem: unitListText.noName(line), found: cells.join(','), expected: unitListText.nameInColumn(dimension.name, dimension.name_en, columns.name + 1) });
      continue;
    }
    if (TOTAL_WORDS.has(nameKey(name))) {
      sink.add({ severity: 'info', code: 'list-total-row', file, line, problem: unitListText.totalRow(name, dimension.name, dimension.name_en), found: name, expected: unitListText.namesOnly(dimension.name, dimension.name_en) });
      continue;
    }
    const seen = byName.get(nameKey(name));
    if (seen !== undefined) {
      sink.add({ severity: 'error', code: 'duplicate-unit', file, line, problem: unitListText.listedTwice(name, seen.line), found: name, expected: unitListText.eachNameOnce });
      continue;
    }
    const sameCode = code === '' ? undefined : byCode.get(code);
    if (sameCode !== undefined) {
      sink.add({ severity: 'error', code: 'duplicate-unit-code', file, line, problem: unitListText.codeTwice(code, sameCode.name, sameCode.line), found: code, expected: unitListText.codeEach });
    }
    const formerNames = columns.former >= 0 ? (cells[columns.former] ?? '').split(NAME_SEPARATORS).map((n) => n.trim()).filter((n) => n !== '') : [];
    const unit = { name, code, line, formerNames };
    byName.set(nameKey(name), unit);
    if (code !== '') byCode.set(code, unit);
    list.units.push(unit);
  }
  const formerOwner = new Map<string, ListedUnit>();
  for (const unit of list.units) {
    for (const former of unit.formerNames) {
      const clash = byName.get(nameKey(former)) ?? formerOwner.get(nameKey(former));
      if (clash !== undefined && clash !== unit) {
        const problem = unitListText.formerNameClash(former, unit.name, unit.line, clash.name, clash.line);
        sink.add({ severity: 'error', code: 'ambiguous-former-name', file, line: unit.line, problem, found: former, expected: unitListText.formerOfOne });
      }
      formerOwner.set(nameKey(former), unit);
    }
  }
  if (list.units.length === 0) {
    sink.add({ severity: 'error', code: 'empty-unit-list', file, line: 1, problem: unitListText.emptyList(dimension.name, dimension.name_en), found: unitListText.noNames, expected: unitListText.oneName(dimension.name, dimension.name_en) });
  }
  sink.endFile(file);
  return list;
}

/** 乡镇（街道） is also written 乡镇, 乡镇(街道) or 乡镇名称 in a header. */
function headerVariants(name: string): string[] {
  const short = name.replace(/[（(].*$/, '');
  return [short, `${short}名称`, `${name}名称`];
}

/** Column positions when this row is a header (its first cell names the column), else undefined. */
function headerColumns(cells: readonly string[], nameWords: ReadonlySet<string>): Columns | undefined {
  const keys = cells.map(nameKey);
  const name = keys.findIndex((k) => nameWords.has(k));
  const code = keys.findIndex((k) => CODE_HEADERS.map(nameKey).includes(k));
  const former = keys.findIndex((k) => FORMER_HEADERS.map(nameKey).includes(k));
  if (name === -1 && code === -1) return undefined;
  // A header that names only the code still says the other column is the name.
  const other = keys.findIndex((k, i) => i !== code && i !== former && !NOTE_HEADERS.includes(k));
  return { name: name === -1 ? other : name, code, former };
}

interface Columns {
  name: number;
  code: number;
  /** 曾用名, or -1. */
  former: number;
}

/** The model with each listed dimension's units taken from its list file (none when the county gave no list). */
export function withUnitLists<M extends Pick<PlanModel, 'dimensions'>>(model: M, lists: ReadonlyMap<string, UnitList>): M {
  if (![...model.dimensions.values()].some((d) => d.list_file !== undefined)) return model;
  const dimensions = new Map(
    [...model.dimensions].map(([id, dimension]) => {
      if (!dimension.list_file) return [id, dimension];
      const units = lists.get(id)?.units ?? [];
      const aliases = Object.fromEntries(units.filter((u) => u.formerNames.length > 0).map((u) => [u.name, u.formerNames]));
      return [id, { ...dimension, values: units.map((u) => u.name), ...(Object.keys(aliases).length > 0 ? { aliases } : {}) }];
    }),
  );
  return { ...model, dimensions };
}
