// The on-disk cache shared by the compiled-plan, data and evaluation caches: where it lives, what an entry is
// keyed by, whole-entry writes, and a bounded number of entries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The running code: the bundle's chunks in dist/chunks, or the TypeScript sources under the tests.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const MAGIC = 'plancheck-cache 1\n';

export function cacheDirectory(env: NodeJS.ProcessEnv): string | null {
  if (env.PLANCHECK_CACHE === '0') return null;
  if (env.PLANCHECK_CACHE_DIR) return env.PLANCHECK_CACHE_DIR;
  const uid = process.getuid?.();
  const directory = path.join(os.tmpdir(), uid === undefined ? 'plancheck-cache' : `plancheck-cache-${uid}`);
  return ownDirectory(directory, uid) ? directory : null;
}

/**
 * The shared temporary folder is writable by every user: a folder someone else made (or may write to) could hold
 * entries made to be served to us, so the cache is used only in a folder of our own (created private if absent).
 */
const ownership = new Map<string, boolean>();

function ownDirectory(directory: string, uid: number | undefined): boolean {
  if (uid === undefined) return true;
  let own = ownership.get(directory);
  if (own === undefined) ownership.set(directory, (own = checkOwnDirectory(directory, uid)));
  return own;
}

function checkOwnDirectory(directory: string, uid: number): boolean {
  let stat = fs.statSync(directory, { throwIfNoEntry: false });
  if (stat === undefined) {
    try {
      fs.mkdirSync(directory, { mode: 0o700 });
    } catch {
      // Made by another run meanwhile, or it cannot be made: the checks below decide.
    }
    stat = fs.statSync(directory, { throwIfNoEntry: false });
  }
  return stat !== undefined && stat.isDirectory() && stat.uid === uid && (stat.mode & 0o022) === 0;
}

let codeStampMemo: string | undefined;
let codeStampName: string | undefined;

/**
 * What identifies the running code. Bundled, the chunks' names carry a hash of their content, so their names are
 * enough (a rebuild with any change renames a chunk). Run from the sources (tests), every source file's size and
 * time count, as any of them may change what is cached.
 */
function codeStamp(): string {
  if (codeStampMemo !== undefined) return codeStampMemo;
  const parts = [HERE];
  const stampFolder = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) stampFolder(full);
      else if (!/\.[cm]?[jt]s$/.test(entry.name)) continue;
      else if (!FROM_SOURCES) parts.push(entry.name);
      else {
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        parts.push(`${full}:${stat?.size}:${stat?.mtimeMs}`);
      }
    }
  };
  stampFolder(FROM_SOURCES ? path.dirname(HERE) : HERE);
  return (codeStampMemo = parts.join('\n'));
}

/**
 * What an entry is valid for: the running code, the caller's settings, and the input files. An entry holds a
 * copy of every input file and is used only when each is byte for byte the same, so no hash collision can
 * serve a stale result; comparing bytes is cheaper at start-up than loading node:crypto (~7 ms) or node:zlib.
 */
export class CacheKey {
  private readonly parts: string[];
  /** The short part that names the entry: the build, file names and sizes, short settings. */
  private readonly naming: string[] = [];
  readonly inputs: Buffer[] = [];

  constructor(kind: string, format: number) {
    const code = codeStamp();
    this.parts = [`${kind} ${format}`, code];
    // Another build (two installs sharing the folder) gets entries of its own instead of overwriting these.
    this.naming.push(codeStampName ??= stringHash(code));
  }

  /** Part of the key; `naming` also puts it in the entry's file name (keep those parts short). */
  add(text: string, naming = false): this {
    this.parts.push(text);
    if (naming) this.naming.push(text);
    return this;
  }

  addFile(file: string, content: Buffer): this {
    this.inputs.push(content);
    return this.add(`file ${file} ${content.length}`, true);
  }

  get text(): string {
    return this.parts.join('\n');
  }

  /**
   * The entry's file name: one entry per kind, build, and the parts added with `naming` (file names and sizes,
   * short settings); a change elsewhere (file content, the plans' indicators) overwrites it.
   */
  fileName(kind: string): string {
    return `${kind}-${stringHash(this.naming.join('\n'))}.bin`;
  }
}

/** 64-bit FNV-style hash of a short text, as 16 hex digits: only names entries, never decides validity. */
function stringHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** What an entry carries: JSON-able data and binary blobs (typed-array columns), stored without conversion. */
export interface CachePayload {
  meta: unknown;
  blobs: Uint8Array[];
}

/** Whether JSON parses back to exactly `value` (it would not with NaN, Infinity or undefined properties). */
export function survivesJson(value: unknown): boolean {
  let exact = true;
  JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) exact = false;
    return v;
  });
  return exact;
}

/**
 * Layout: magic line, header length (decimal, newline), header JSON {key, inputs, blobs, meta}, then each input
 * file and each blob at an 8-byte-aligned offset (so Float64Array views need no copy).
 */
export function encodeEntry(key: CacheKey, payload: CachePayload): Buffer {
  const chunks = [...key.inputs, ...payload.blobs];
  const header = Buffer.from(JSON.stringify({ key: key.text, inputs: key.inputs.map((b) => b.length), blobs: payload.blobs.map((b) => b.length), meta: payload.meta }));
  const lead = Buffer.from(`${MAGIC}${header.length}\n`);
  let offset = align(lead.length + header.length);
  const offsets = chunks.map((chunk) => {
    const at = offset;
    offset = align(offset + chunk.length);
    return at;
  });
  const entry = Buffer.alloc(offset);
  lead.copy(entry, 0);
  header.copy(entry, lead.length);
  chunks.forEach((chunk, i) => entry.set(chunk, offsets[i]));
  return entry;
}

/** The payload of an entry made for exactly this key and these input bytes; null for anything else. */
export function decodeEntry(entry: Buffer | null, key: CacheKey): CachePayload | null {
  if (entry === null || entry.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  try {
    const newline = entry.indexOf(10, MAGIC.length);
    const headerStart = newline + 1;
    const headerEnd = headerStart + Number(entry.toString('latin1', MAGIC.length, newline));
    const header = JSON.parse(entry.toString('utf8', headerStart, headerEnd)) as { key: string; inputs: number[]; blobs: number[]; meta: unknown };
    if (header.key !== key.text || header.inputs.length !== key.inputs.length) return null;
    let offset = align(headerEnd);
    const take = (length: number): Buffer => {
      const chunk = entry.subarray(offset, offset + length);
      offset = align(offset + length);
      return chunk;
    };
    for (const [i, input] of key.inputs.entries()) if (!take(header.inputs[i]!).equals(input)) return null;
    const blobs = header.blobs.map(take);
    if (offset > align(entry.length)) return null;
    return { meta: header.meta, blobs };
  } catch {
    return null;
  }
}

function align(offset: number): number {
  return (offset + 7) & ~7;
}

export function readCacheEntry(directory: string, name: string): Buffer | null {
  try {
    return fs.readFileSync(path.join(directory, name));
  } catch {
    return null;
  }
}

/**
 * Write an entry whole (temporary file, then rename, so a concurrent run never reads half of one) and keep at
 * most `keep` entries of its kind, dropping the oldest. Failing to write only costs speed.
 */
export function writeCacheEntry(directory: string, name: string, content: Uint8Array, keep: number): void {
  const entry = path.join(directory, name);
  const temporary = `${entry}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, entry);
    pruneEntries(directory, name.slice(0, name.indexOf('-') + 1), keep);
  } catch {
    // A full disk, an unwritable or vanishing folder: the next run loads afresh.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or nothing can be removed there either.
    }
  }
}

function pruneEntries(directory: string, prefix: string, keep: number): void {
  const entries = fs
    .readdirSync(directory)
    .filter((name) => name.startsWith(prefix) && !name.endsWith('.tmp'))
    .map((name) => ({ name, time: fs.statSync(path.join(directory, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
  if (entries.length <= keep) return;
  entries.sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of entries.slice(keep)) fs.rmSync(path.join(directory, name), { force: true });
}
