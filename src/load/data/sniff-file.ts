// First pass over a file's bytes: empty, binary (NUL) or UTF-16, UTF-8 versus GB18030, quoted or not.
import type { Bilingual, Text } from '../../i18n/bilingual.js';
import { dataFileText } from '../../i18n/diagnostics/data-files.js';
import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { guardText, readFailure, rowText } from '../../i18n/guard-messages.js';
import { readBounded, refusalOf } from '../read-guard.js';
import type { Finding } from './diagnostic-sink.js';
import { findMixedEncoding } from './mixed-encoding.js';

export type Encoding = 'utf-8' | 'gb18030';

export type Sniff =
  | {
      ok: true;
      encoding: Encoding;
      /** the first chunk, decoded */ head: string;
      /** Whether the file has a " anywhere: without one no field can hold a line break. */
      quoted: boolean;
      /** The whole file when it is small, so it is read from disk once. */
      bytes?: Buffer;
      /** The whole file as text, when it is UTF-8 and no longer than the head: decoded once, not again for its rows. */
      text?: string;
      warning?: Finding;
    }
  | { ok: false; finding: Finding };

const HEAD_BYTES = 64 * 1024;
/** Files up to this size are read whole: one read instead of two streams. */
const SMALL_FILE = 1024 * 1024;
const SAVE_AS = dataFileText.saveAs;

function isBlankByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Chunks that become text are small enough to be ordinary young objects, not large ones that live until a full
 * GC; the sniffing pass keeps no text and reads in larger chunks.
 */
const CHUNK_BYTES = 64 * 1024;
const SNIFF_CHUNK_BYTES = 1024 * 1024;

/**
 * The file's bytes in chunks: all at once when small, else 64 KiB at a time, read synchronously (a read stream
 * costs several times the reading itself, and nothing else runs meanwhile).
 */
export function* fileChunks(file: string, bytes?: Buffer, chunkBytes = CHUNK_BYTES): Generator<Buffer> {
  if (bytes !== undefined) {
    yield bytes;
    return;
  }
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      // A fresh buffer each time: callers may keep a chunk (the sniffed head, csv-parse's pending input).
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) return;
      yield read === chunkBytes ? chunk : chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Read the whole file once, cheaply: nothing is kept but the first chunk (or the whole of a small file). */
export async function sniffFile(file: string, forced?: Encoding): Promise<Sniff> {
  const utf8 = new Utf8Check();
  let validUtf8 = true;
  let blank = true;
  let quoted = false;
  let offset = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  // Synchronous on purpose: a small file is read faster so, and start-up is what small files are about.
  const stat = statSync(file);
  let bytes: Buffer | undefined;
  if (stat.isFile()) bytes = stat.size <= SMALL_FILE ? readFileSync(file) : undefined;
  else {
    // A FIFO or device named on the command line: read once, bounded in size and time; binary input stops at once.
    try {
      bytes = readBounded(file, { stopAtNul: true });
    } catch (error) {
      const refusal = refusalOf(file, error);
      const why = readFailure(refusal.code, refusal.detail);
      return { ok: false, finding: { severity: 'error', code: 'file-unreadable', file, line: 1, problem: guardText.unreadable(file, why), found: why, expected: SAVE_AS } };
    }
  }
  for (const chunk of fileChunks(file, bytes, SNIFF_CHUNK_BYTES)) {
    if (offset === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      return failure(file, 1, dataFileText.utf16, 'UTF-16');
    }
    const nul = chunk.indexOf(0);
    if (nul !== -1) {
      const line = (await newlinesBefore(file, offset + nul, bytes)) + 1;
      return failure(file, line, dataFileText.binary(line, offset + nul + 1), dataFileText.binaryFound);
    }
    if (blank) blank = chunk.every((b, i) => isBlankByte(b) || (offset === 0 && i < 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf));
    if (!quoted) quoted = chunk.includes(0x22);
    if (validUtf8) validUtf8 = utf8.next(chunk);
    if (headLength < HEAD_BYTES) {
      head.push(chunk);
      headLength += chunk.length;
    }
    offset += chunk.length;
  }
  if (validUtf8) validUtf8 = utf8.end();
  if (blank) {
    const finding: Finding = { severity: 'error', code: 'empty-file', file, line: 1, problem: dataFileText.empty(offset > 0), found: dataFileText.emptyFound(offset > 0), expected: dataFileText.headerThenRows };
    return { ok: false, finding };
  }
  if (!validUtf8 && forced === undefined) {
    const mixed = await findMixedEncoding(fileChunks(file, bytes));
    if (mixed !== undefined) {
      const { utf8Line, otherLine } = mixed;
      const problem = rowText.mixedEncoding(utf8Line, otherLine);
      return { ok: false, finding: { severity: 'error', code: 'mixed-encoding', file, line: otherLine, problem, found: dataFileText.mixedFound(utf8Line, otherLine), expected: dataFileText.oneEncoding } };
    }
  }
  const headBytes = (head.length === 1 ? head[0]! : Buffer.concat(head)).subarray(0, HEAD_BYTES);
  // Valid UTF-8 is decoded once, for the check below, the head and (for a file no longer than the head) its rows.
  const asUtf8 = validUtf8 ? headBytes.toString('utf8') : undefined;
  const encoding: Encoding = forced ?? (asUtf8 !== undefined && !gb18030PosingAsUtf8(asUtf8, headBytes) ? 'utf-8' : 'gb18030');
  const utf8Text = encoding === 'utf-8' ? asUtf8 : undefined;
  // The head is read without a byte-order mark, as TextDecoder reads it.
  const decoded = utf8Text !== undefined ? (utf8Text.charCodeAt(0) === 0xfeff ? utf8Text.slice(1) : utf8Text) : new TextDecoder(encoding).decode(headBytes);
  const warning: Finding | undefined =
    forced === 'utf-8' && !validUtf8
      ? { severity: 'warning', code: 'encoding-mismatch', file, line: 1, problem: dataFileText.notUtf8AsAsked, found: dataFileText.invalidUtf8, expected: dataFileText.utf8OrDetect }
      : undefined;
  const sniff: Extract<Sniff, { ok: true }> = { ok: true, encoding, head: decoded, quoted };
  if (bytes !== undefined) sniff.bytes = bytes;
  if (bytes !== undefined && utf8Text !== undefined && bytes.length === headBytes.length) sniff.text = utf8Text;
  if (warning !== undefined) sniff.warning = warning;
  return sniff;
}

/** Letters a UTF-8 statistics sheet may hold without any Chinese: pinyin with tone marks, and Greek (μg, α). */
const PLAUSIBLE_IN_UTF8 = '\u0101\u0113\u011b\u012b\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc\u0391-\u03c9';
const IMPLAUSIBLE_IN_UTF8 = new RegExp(`(?![${PLAUSIBLE_IN_UTF8}])[\\u0100-\\u07ff]`);

/**
 * A GB18030 file whose few Chinese characters happen to form valid UTF-8 (缺 = C8 B1 reads as UTF-8 "ȱ"). UTF-8
 * Chinese takes three bytes a character. Valid UTF-8 with no such character, but with letters a Chinese sheet
 * would not hold (Latin Extended beyond pinyin, Cyrillic, Hebrew, Arabic…), that reads as nothing but Chinese
 * in GB18030, is GB18030. Latin-1 symbols (° ×), pinyin and Greek alone keep UTF-8.
 */
function gb18030PosingAsUtf8(asUtf8: string, head: Buffer): boolean {
  if (/[\u0800-\uffff]/.test(asUtf8) || !IMPLAUSIBLE_IN_UTF8.test(asUtf8)) return false;
  const asGb = new TextDecoder('gb18030').decode(head);
  return !/[^\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(asGb);
}

/** Line breaks before a byte offset: only wanted for the message about a NUL byte, so counted only then. */
async function newlinesBefore(file: string, end: number, bytes?: Buffer): Promise<number> {
  let newlines = 0;
  if (end === 0) return 0;
  const chunks = bytes !== undefined ? [bytes.subarray(0, end)] : (createReadStream(file, { end: end - 1 }) as AsyncIterable<Buffer>);
  for await (const chunk of chunks) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
  }
  return newlines;
}

/** Strict UTF-8 validation chunk by chunk (native isUtf8), holding back a character cut at a chunk's end. */
class Utf8Check {
  private held = Buffer.alloc(0);

  next(chunk: Buffer): boolean {
    const bytes = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    const cut = completeLength(bytes);
    this.held = Buffer.from(bytes.subarray(cut));
    return isUtf8(bytes.subarray(0, cut));
  }

  end(): boolean {
    return this.held.length === 0;
  }
}

/** Length of the prefix that ends on a character boundary: a lead byte in the last three bytes may still miss its tail. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function failure(file: string, line: number, problem: Bilingual, found: Text): Sniff {
  return { ok: false, finding: { severity: 'error', code: 'binary-file', file, line, problem, found, expected: SAVE_AS } };
}
