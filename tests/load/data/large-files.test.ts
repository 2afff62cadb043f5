// Files past the in-memory size are streamed: encoding, quoting and line numbers must come out as for small files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/load/data/index.js';
import { sniffFile } from '../../../src/load/data/sniff-file.js';
import { MODEL, encodeGbk, facts, tempDir } from './test-model.js';

const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
beforeAll(async () => Object.assign(t, await tempDir()));
afterAll(() => t.cleanup());

/** About 3 MB: far past the 1 MiB read whole, with three-byte characters across every 256 KiB chunk boundary. */
function bigTable(quoted: boolean): string {
  const rows = ['指标,年份,数值,乡镇'];
  for (let i = 0; i < 60_000; i++) {
    const value = (90 + (i % 100) / 10).toFixed(1);
    rows.push(`住院分娩率,${2020 + (i % 5)},${quoted ? `"${value}"` : value},镇${String(Math.floor(i / 5)).padStart(5, '0')}`);
  }
  return rows.join('\r\n') + '\r\n';
}

describe('large files', () => {
  it('a large UTF-8 file is still UTF-8, whatever character a chunk ends in', async () => {
    const file = await t.write('big-utf8.csv', bigTable(false));
    expect(await sniffFile(file)).toMatchObject({ ok: true, encoding: 'utf-8', quoted: false });
  });

  // Three 60,000-row loads: seconds on a busy 2-core machine, so not held to the 5 s default.
  it('reads the same observations from UTF-8, GB18030 and quoted copies of one large table', { timeout: 60_000 }, async () => {
    const utf8 = await loadData([await t.write('a.csv', bigTable(false))], MODEL);
    const gbk = await loadData([await t.write('b.csv', encodeGbk(bigTable(false)))], MODEL);
    const quoted = await loadData([await t.write('c.csv', bigTable(true))], MODEL);
    expect({ ...utf8.rows, unused: utf8.rows.unused.toArray() }).toMatchObject({ read: 60_000, used: 60_000 });
    const strip = (result: typeof utf8) => facts(result).map((f) => f.replace(/[abc]\.csv/g, 'x.csv'));
    expect(strip(gbk)).toEqual(strip(utf8));
    expect(strip(quoted)).toEqual(strip(utf8));
    expect(quoted.observations[59_999]?.source).toMatchObject({ line: 60_001 });
    expect(utf8.observations[59_999]?.source).toMatchObject({ line: 60_001 });
  });
});

describe('large input is announced before it is read', () => {
  // The CLI switches V8's optimising compiler back on for it (src/cli/optimizer.ts).
  it('data past LARGE_INPUT_BYTES calls onLargeInput once, before any row is read; small data does not', async () => {
    const small = await t.write('small.csv', '指标,年份,数值\n住院分娩率,2024,98.1\n');
    const large = await t.write('large.csv', bigTable(false) + bigTable(false).split('\r\n').slice(1).join('\r\n'));
    const events: string[] = [];
    const options = { onLargeInput: () => events.push('large'), onProgress: (rows: number) => events.push(`rows ${rows}`) };
    await loadData([small], MODEL, options);
    expect(events).toEqual([]);
    await loadData([large], MODEL, options);
    expect(events[0]).toBe('large');
    expect(events.filter((e) => e === 'large')).toHaveLength(1);
    expect(events.length).toBeGreaterThan(1); // the progress calls came after it
  });

  it('a workbook counts as several times its size: its bytes are compressed XML', async () => {
    const { LARGE_INPUT_BYTES, WORKBOOK_BYTES_WEIGHT } = await import('../../../src/load/data/load-state.js');
    // Not a real workbook: reading it fails, which is reported, but the size is judged before any reading.
    const fake = await t.write('big.xlsx', new Uint8Array(Math.ceil(LARGE_INPUT_BYTES / WORKBOOK_BYTES_WEIGHT) + 1));
    let called = 0;
    const result = await loadData([fake], MODEL, { onLargeInput: () => called++ });
    expect(called).toBe(1);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
