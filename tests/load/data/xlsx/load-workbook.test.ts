import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/load/data/index.js';
import { XLSX_LIMITS } from '../../../../src/load/data/xlsx/limits.js';
import { balanced, byCode, facts, MODEL, plain, tempDir } from '../test-model.js';
import { officeWorkbook, workbookBytes } from './workbooks.js';

describe('reading an .xlsx workbook', { timeout: 30_000 }, () => {
  it('reads every visible sheet of an office workbook through the CSV pipeline, naming workbook, sheet and cell', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('卫健局.xlsx', await workbookBytes(officeWorkbook));
      const result = await loadData([file], MODEL);
      expect(facts(result)).toEqual([
        'hospital_delivery|2022|{"township":"草海镇"}|95',
        'hospital_delivery|2022|{"township":"雪山镇"}|98.5',
        'hospital_delivery|2023|{"township":"草海镇"}|96.5',
        'hospital_delivery|2023|{"township":"雪山镇"}|null',
        'hospital_delivery|2024|{"township":"草海镇"}|97.5',
        'hospital_delivery|2024|{"township":"雪山镇"}|null',
        'infant_mortality|2023|{}|3.9',
        'life_expectancy|2023|{}|77.6',
      ]);
      const shown = result.diagnostics.map((d) => plain(d));
      expect(shown).toContain(`${file} › long › C4: error: column 3 (value): value "abc" is not a number; expected a number such as 70`);
      expect(shown).toContain(`${file} › 2024年 › E5: warning: cell E5 holds a formula with no saved result (the workbook was saved without calculating) and is read as empty; expected a saved result: open the workbook in Excel or WPS and save it again`);
      const shownZh = result.diagnostics.map((d) => plain(d, 'zh'));
      expect(shownZh).toContain(`${file} › 2024年 › E5: 警告: 单元格 E5 的公式没有保存计算结果，按空值读取；应为保存了计算结果的公式：在 Excel 或 WPS 中打开工作簿并重新保存`);
      expect(shownZh).toContain(`${file} › 2024年 › 第 6 行: 提示: 第 6 行是合计行，不读取；应为只有数据行`);
      expect(shown.find((s) => s.startsWith(`${file} › 2024年 › row 1: info:`))).toContain('above the header holds a single cell (a title?)');
      expect(shown.find((s) => s.startsWith(`${file} › 2024年 › row 2: info:`))).toContain('rows 2 and 3 are read as one header');
      expect(shown.find((s) => s.startsWith(`${file} › 2024年 › row 6: info:`))).toContain('row 6 is a totals row (合计) and is not read');
      expect(shown).toContain(`${file}: info: sheet "旧数据" is hidden and is not read; expected visible sheets of data`);
      expect(shown).toContain(`${file}: info: sheet "说明" holds instructions and is not read; expected visible sheets of data`);
      expect(shown).toContain(`${file}: info: sheet "Sheet3" is empty; expected visible sheets of data`);
      expect(shownZh).toContain(`${file}: 提示: 工作表 "旧数据" 已隐藏，不读取；应为含数据的可见工作表`);
      expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code).sort()).toEqual(['bad-value', 'formula-without-value']);
      expect(result.rows.unused.toArray()).toContainEqual({ file: `${file} › 2024年`, line: 6, reason: { zh: '合计行，不读取', en: 'totals row, not read' } });
      expect(result.observations.find((o) => o.indicator === 'hospital_delivery' && o.year === 2024)?.source).toEqual({ file: `${file} › 2024年`, line: 4, column: 5 });
      expect(balanced(result)).toBe(true);
    } finally {
      await t.cleanup();
    }
  });

  it('reads workbooks in a folder next to CSV files, leaving out Excel lock files', async () => {
    const t = await tempDir();
    try {
      await t.write('a.csv', 'indicator,year,value\nsex_ratio,2021,108\n');
      const book = await workbookBytes((wb) => wb.addWorksheet('数据').addRows([['指标', '年份', '数值'], ['sex_ratio', 2022, 107.5]]));
      await t.write('b.xlsx', book);
      await t.write('~$b.xlsx', 'lock');
      const result = await loadData([t.dir], MODEL);
      expect(result.diagnostics).toEqual([]);
      expect(facts(result)).toEqual(['sex_ratio|2021|{}|108', 'sex_ratio|2022|{}|107.5']);
    } finally {
      await t.cleanup();
    }
  });

  it('names the fix for .xls and WPS .et files, password-protected and foreign files', async () => {
    const t = await tempDir();
    try {
      const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
      const xls = await t.write('old.xls', ole);
      const et = await t.write('wps.et', ole);
      const locked = await t.write('locked.xlsx', ole);
      const text = await t.write('text.xlsx', 'indicator,year,value\n');
      const result = await loadData([xls, et, locked, text], MODEL);
      const shown = result.diagnostics.map((d) => plain(d));
      expect(shown).toContain(`${xls}: error: file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx; expected an .xlsx workbook (in Excel or WPS: 文件 › 另存为 › "Excel 工作簿 (*.xlsx)"), or a CSV file`);
      expect(plain(result.diagnostics.find((d) => d.file === xls)!, 'zh')).toBe(`${xls}: 错误: 文件是 Excel 97–2003 工作簿（.xls），plancheck 不读取，请另存为 .xlsx；应为.xlsx 工作簿（在 Excel 或 WPS 中：文件 › 另存为 › “Excel 工作簿 (*.xlsx)”），或 CSV 文件`);
      expect(shown.find((s) => s.startsWith(`${et}: error:`))).toContain('WPS 表格 workbook (.et)');
      expect(shown.find((s) => s.startsWith(`${locked}: error:`))).toContain('password-protected, or an old .xls workbook renamed to .xlsx');
      expect(shown.find((s) => s.startsWith(`${text}: error:`))).toContain('not an .xlsx workbook');
    } finally {
      await t.cleanup();
    }
  });
});

describe('hostile workbooks', { timeout: 30_000 }, () => {
  it('reports a truncated or corrupt zip as a damaged workbook', async () => {
    const t = await tempDir();
    try {
      const bytes = await workbookBytes((wb) => wb.addWorksheet('数据').addRows([['指标', '年份', '数值'], ['sex_ratio', 2022, 107.5]]));
      const truncated = await t.write('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
      const flipped = Buffer.from(bytes);
      // Damage the compressed data of the first part, keeping the zip's directory intact.
      for (let i = 60; i < 90; i++) flipped[i] = flipped[i]! ^ 0xff;
      const corrupt = await t.write('corrupt.xlsx', flipped);
      const result = await loadData([truncated, corrupt], MODEL);
      expect(result.diagnostics.map((d) => [d.file, d.severity, d.code])).toEqual([
        [corrupt, 'error', 'bad-workbook'],
        [truncated, 'error', 'bad-workbook'],
      ]);
      expect(plain(result.diagnostics[1]!)).toContain('the zip container is damaged (no end-of-archive record: truncated or not a zip file); the workbook is not read');
      expect(plain(result.diagnostics[1]!, 'zh')).toContain('工作簿的压缩内容已损坏或超出大小限制（可能是压缩炸弹），未读取');
      expect(plain(result.diagnostics[0]!)).toMatch(/the zip container is damaged|cannot be decompressed/);
    } finally {
      await t.cleanup();
    }
  });

  it('stops at the row limit with an error naming the sheet and the first row not read', async () => {
    const t = await tempDir();
    try {
      const rows = Array.from({ length: 120 }, (_, i) => ['sex_ratio', 2020 + (i % 6), 100 + i]);
      const file = await t.write('big.xlsx', await workbookBytes((wb) => wb.addWorksheet('数据').addRows([['indicator', 'year', 'value', 'township'], ...rows.map((r, i) => [...r, `镇${i}`])])));
      const result = await loadData([file], { ...MODEL, indicators: MODEL.indicators.map((i) => ({ ...i, dimensions: ['township'] })) }, { xlsxLimits: { ...XLSX_LIMITS, rows: 50 } });
      const [limit] = byCode(result, 'too-many-rows');
      expect(plain(limit!)).toBe(`${file} › 数据 › row 51: error: the workbook has more than 50 rows; row 51 and all after it are not read; expected at most 50 rows in one workbook; split it, or save it as CSV (no row limit)`);
      expect(plain(limit!, 'zh')).toBe(`${file} › 数据 › 第 51 行: 错误: 工作簿超过 50 行，第 51 行及以后未读取；应为一个工作簿至多 50 行；请拆分，或另存为 CSV（无行数限制）`);
      expect(result.rows.read).toBe(49);
    } finally {
      await t.cleanup();
    }
  });

  it('refuses a part that decompresses beyond the limit (huge shared strings), whatever its header declares', async () => {
    const t = await tempDir();
    try {
      const big = 'x'.repeat(2_000_000);
      const bytes = await workbookBytes((wb) => wb.addWorksheet('数据').addRows([['指标', '年份', '数值'], [big, 2022, 1]]));
      const file = await t.write('bomb.xlsx', bytes);
      const result = await loadData([file], MODEL, { xlsxLimits: { ...XLSX_LIMITS, partBytes: 1_000_000 } });
      expect(result.diagnostics.map((d) => d.code)).toEqual(['bad-workbook']);
      expect(plain(result.diagnostics[0]!)).toMatch(/part xl\/sharedStrings\.xml decompresses to (?:2 MiB|more than 977 KiB), over the limit of 977 KiB \(a damaged workbook or a zip bomb\); the workbook is not read/);
    } finally {
      await t.cleanup();
    }
  });

  it('refuses a workbook file over the size limit before reading it', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('large.xlsx', Buffer.alloc(2000));
      const result = await loadData([file], MODEL, { xlsxLimits: { ...XLSX_LIMITS, fileBytes: 1000 } });
      expect(result.diagnostics.map((d) => d.code)).toEqual(['workbook-too-large']);
    } finally {
      await t.cleanup();
    }
  });
});
