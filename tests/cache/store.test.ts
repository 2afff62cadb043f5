import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheKey, cacheDirectory, decodeEntry, encodeEntry, writeCacheEntry } from '../../src/cache/store.js';

const keyOf = (...files: Array<[string, string]>) => {
  const key = new CacheKey('test', 1).add('settings');
  for (const [name, content] of files) key.addFile(name, Buffer.from(content));
  return key;
};

describe('cache entries', () => {
  it('give back their data and blobs for the same key and input bytes', () => {
    const key = keyOf(['a.csv', 'indicator,year,value\nx,2024,12.5\n'], ['b.csv', '']);
    const floats = new Float64Array([1.5, -0, 1e300]);
    const entry = encodeEntry(key, { meta: { rows: 3, 名称: '孕产妇死亡率' }, blobs: [new Uint8Array(floats.buffer), new Uint8Array([7])] });
    const payload = decodeEntry(entry, keyOf(['a.csv', 'indicator,year,value\nx,2024,12.5\n'], ['b.csv', '']))!;
    expect(payload.meta).toEqual({ rows: 3, 名称: '孕产妇死亡率' });
    expect([...new Float64Array(payload.blobs[0]!.buffer, payload.blobs[0]!.byteOffset, 3)]).toEqual([1.5, -0, 1e300]);
    expect(payload.blobs[0]!.byteOffset % 8).toBe(0);
    expect([...payload.blobs[1]!]).toEqual([7]);
  });

  it('are refused when one input byte differs, though names and sizes match (no hash to collide)', () => {
    const entry = encodeEntry(keyOf(['a.csv', 'x,2024,12.5']), { meta: 1, blobs: [] });
    const edited = keyOf(['a.csv', 'x,2024,12.6']);
    expect(edited.fileName('test')).toBe(keyOf(['a.csv', 'x,2024,12.5']).fileName('test'));
    expect(decodeEntry(entry, edited)).toBeNull();
  });

  it('are refused for other settings, and when damaged or foreign', () => {
    const key = keyOf(['a.csv', 'x']);
    const entry = encodeEntry(key, { meta: 1, blobs: [new Uint8Array(64)] });
    expect(decodeEntry(entry, new CacheKey('test', 1).add('other settings').addFile('a.csv', Buffer.from('x')))).toBeNull();
    expect(decodeEntry(entry.subarray(0, entry.length - 40), key)).toBeNull();
    expect(decodeEntry(Buffer.from('{"not":"an entry"}'), key)).toBeNull();
    expect(decodeEntry(Buffer.from('plancheck-cache 1\n99999\n{'), key)).toBeNull();
    expect(decodeEntry(null, key)).toBeNull();
  });

  it('are written whole and only the newest of a kind are kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-store-'));
    fs.writeFileSync(path.join(dir, 'other-entry.bin'), 'not ours');
    for (let i = 0; i < 5; i++) {
      writeCacheEntry(dir, `test-${i}.bin`, Buffer.from(String(i)), 3);
      const time = new Date(Date.now() - (10 - i) * 1000);
      fs.utimesSync(path.join(dir, `test-${i}.bin`), time, time);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['other-entry.bin', 'test-2.bin', 'test-3.bin', 'test-4.bin']);
  });

  it('a cache folder that cannot be written only costs speed', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-store-')), 'a-file');
    fs.writeFileSync(file, '');
    expect(() => writeCacheEntry(path.join(file, 'sub'), 'test-1.bin', Buffer.from('1'), 3)).not.toThrow();
  });
});

describe('the default cache folder', () => {
  const withTmpdir = (run: (tmp: string) => void) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-tmpdir-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      run(tmp);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  };

  it('is a private folder of the user in the temporary folder, made if absent', () => {
    withTmpdir((tmp) => {
      const directory = cacheDirectory({})!;
      expect(path.dirname(directory)).toBe(tmp);
      expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
    });
  });

  it('is not used when others may write to it: entries there could have been made to be served to us', () => {
    withTmpdir((tmp) => {
      const shared = path.join(tmp, `plancheck-cache-${process.getuid!()}`);
      fs.mkdirSync(shared);
      fs.chmodSync(shared, 0o777);
      expect(cacheDirectory({})).toBeNull();
      expect(cacheDirectory({ PLANCHECK_CACHE_DIR: shared })).toBe(shared);
    });
  });
});
