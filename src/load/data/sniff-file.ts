// First pass over a file's bytes: empty, binary (NUL) or UTF-16, and UTF-8 versus GB18030.
import { createReadStream } from 'node:fs';
import type { Finding } from './diagnostic-sink.js';

export type Encoding = 'utf-8' | 'gb18030';

export type Sniff =
  | { ok: true; encoding: Encoding; /** the first chunk, decoded */ head: string; warning?: Finding }
  | { ok: false; finding: Finding };

const HEAD_BYTES = 64 * 1024;
const SAVE_AS = 'a text CSV file in UTF-8 or GB18030 (in Excel: Save As "CSV UTF-8")';

function isBlankByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Read the whole file once, cheaply: nothing is kept but the first chunk. */
export async function sniffFile(file: string, forced?: Encoding): Promise<Sniff> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let blank = true;
  let offset = 0;
  let newlines = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: HEAD_BYTES }) as AsyncIterable<Buffer>) {
    if (offset === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      return failure(file, 1, 'file is UTF-16 text (Excel "Unicode Text")', 'UTF-16');
    }
    const nul = chunk.indexOf(0);
    if (nul !== -1) {
      for (let i = 0; i < nul; i++) if (chunk[i] === 0x0a) newlines++;
      return failure(file, newlines + 1, `file has binary content (a NUL byte at line ${newlines + 1}, byte ${offset + nul + 1})`, 'binary content');
    }
    if (blank) blank = chunk.every((b, i) => isBlankByte(b) || (offset === 0 && i < 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf));
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
    if (validUtf8) validUtf8 = decodes(utf8, chunk, true);
    if (headLength < HEAD_BYTES) {
      head.push(chunk);
      headLength += chunk.length;
    }
    offset += chunk.length;
  }
  if (validUtf8) validUtf8 = decodes(utf8, undefined, false);
  if (blank) {
    const problem = `file is empty${offset > 0 ? ' (only blank lines)' : ''}`;
    const finding: Finding = { severity: 'error', code: 'empty-file', file, line: 1, problem, found: offset > 0 ? 'only blank lines' : 'no content', expected: 'a header line such as indicator,year,value, then data rows' };
    return { ok: false, finding };
  }
  const encoding: Encoding = forced ?? (validUtf8 ? 'utf-8' : 'gb18030');
  const decoded = new TextDecoder(encoding).decode(Buffer.concat(head).subarray(0, HEAD_BYTES));
  const problem = 'file is not valid UTF-8 although UTF-8 was asked for; invalid bytes read as �';
  const warning: Finding | undefined =
    forced === 'utf-8' && !validUtf8
      ? { severity: 'warning', code: 'encoding-mismatch', file, line: 1, problem, found: 'invalid UTF-8 bytes', expected: 'UTF-8 text (or leave the encoding to detection)' }
      : undefined;
  return warning ? { ok: true, encoding, head: decoded, warning } : { ok: true, encoding, head: decoded };
}

function decodes(decoder: TextDecoder, chunk: Buffer | undefined, stream: boolean): boolean {
  try {
    decoder.decode(chunk, { stream });
    return true;
  } catch {
    return false;
  }
}

function failure(file: string, line: number, problem: string, found: string): Sniff {
  return { ok: false, finding: { severity: 'error', code: 'binary-file', file, line, problem: `${problem}; the file is not read`, found, expected: SAVE_AS } };
}
