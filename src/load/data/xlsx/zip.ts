// The parts of a workbook's zip container, read from its central directory, and bounded inflation of one part.
// A workbook is checked here before exceljs sees it: a corrupt or foreign file, or a part that inflates beyond the
// limits (a zip bomb), becomes a clear message instead of a crash, a hang or an exhausted heap.
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared: a hostile file may lie, so inflation is bounded by the caller's limit, not by this. */
  size: number;
  localOffset: number;
  crc: number;
}

export type ZipIndex = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; problem: string; found: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip archive held in memory, or why it is not a readable one. */
export function readZipIndex(bytes: Buffer): ZipIndex {
  const corrupt = (why: string): ZipIndex => ({ ok: false, problem: `the zip container is damaged (${why})`, found: why });
  // The end record is in the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end === -1) return corrupt('no end-of-archive record: truncated or not a zip file');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > end) return corrupt('the central directory lies outside the file');
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) return corrupt(`entry ${n + 1} of the central directory is malformed`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      crc: bytes.readUInt32LE(at + 16),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.localOffset + 30 > bytes.length) return corrupt(`part ${entry.name} starts beyond the end of the file`);
    entries.set(entry.name, entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { ok: true, entries };
}

export type Inflated = { ok: true; bytes: Buffer } | { ok: false; problem: string; found: string };

/**
 * One part's bytes, refusing to produce more than `limit` bytes whatever the headers say; `limit` may be the size
 * the zip directory declares, and then more is a lie the message names.
 */
export function inflateEntry(zip: Buffer, entry: ZipEntry, limit: number): Inflated {
  if ((entry.flags & 1) !== 0) return { ok: false, problem: `part ${entry.name} is encrypted`, found: 'an encrypted part' };
  if (entry.size > limit) return tooLarge(entry, limit, entry.size);
  const declared = limit === entry.size;
  const data = compressedData(zip, entry);
  if (data === undefined) return { ok: false, problem: `the zip container is damaged (part ${entry.name} has no local header or is cut off)`, found: 'a damaged zip entry' };
  if (entry.method === 0) return { ok: true, bytes: data };
  if (entry.method !== 8) return { ok: false, problem: `part ${entry.name} uses zip compression method ${entry.method}, which is not read`, found: `method ${entry.method}` };
  try {
    // (maxOutputLength must be at least 1.)
    const bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    if (declared && bytes.length !== entry.size) return { ok: false, problem: `the zip container is damaged (part ${entry.name} is shorter than its directory says)`, found: 'a damaged zip entry' };
    return { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' && declared) {
      return { ok: false, problem: `part ${entry.name} decompresses to more than the ${size(entry.size)} its zip directory declares (a damaged workbook or a zip bomb)`, found: `more than ${size(entry.size)}` };
    }
    if (code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(entry, limit);
    return { ok: false, problem: `the zip container is damaged (part ${entry.name} cannot be decompressed: ${(error as Error).message})`, found: 'damaged compressed data' };
  }
}

/** 3 MiB, or 12 KiB under a mebibyte. */
export function size(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function tooLarge(entry: ZipEntry, limit: number, declared?: number): Inflated {
  const found = declared === undefined ? `more than ${size(limit)}` : size(declared);
  return { ok: false, problem: `part ${entry.name} decompresses to ${found}, over the limit of ${size(limit)} (a damaged workbook or a zip bomb)`, found };
}

/**
 * Decompress one part as a stream, handing each piece to `visit` and keeping none: a part of hundreds of megabytes
 * is checked without holding it. Stops at `limit` bytes whatever the headers say.
 */
export async function scanEntry(zip: Buffer, entry: ZipEntry, limit: number, visit?: (piece: Buffer) => void): Promise<{ ok: true; size: number } | Extract<Inflated, { ok: false }>> {
  if ((entry.flags & 1) !== 0) return { ok: false, problem: `part ${entry.name} is encrypted`, found: 'an encrypted part' };
  if (entry.size > limit) return tooLarge(entry, limit, entry.size) as Extract<Inflated, { ok: false }>;
  const data = compressedData(zip, entry);
  if (data === undefined) return { ok: false, problem: `the zip container is damaged (part ${entry.name} has no local header or is cut off)`, found: 'a damaged zip entry' };
  if (entry.method === 0) {
    if (data.length > limit) return tooLarge(entry, limit) as Extract<Inflated, { ok: false }>;
    visit?.(data);
    return { ok: true, size: data.length };
  }
  if (entry.method !== 8) return { ok: false, problem: `part ${entry.name} uses zip compression method ${entry.method}, which is not read`, found: `method ${entry.method}` };
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  let size = 0;
  try {
    inflate.end(data);
    for await (const piece of inflate as AsyncIterable<Buffer>) {
      size += piece.length;
      if (size > limit) {
        inflate.destroy();
        return tooLarge(entry, limit) as Extract<Inflated, { ok: false }>;
      }
      visit?.(piece);
    }
  } catch (error) {
    return { ok: false, problem: `the zip container is damaged (part ${entry.name} cannot be decompressed: ${(error as Error).message})`, found: 'damaged compressed data' };
  }
  return { ok: true, size };
}

/** An entry's bytes as stored (compressed), or undefined when its local header is missing or it is cut off. */
export function compressedData(zip: Buffer, entry: ZipEntry): Buffer | undefined {
  const local = entry.localOffset;
  if (zip.readUInt32LE(local) !== LOCAL) return undefined;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return data.length < entry.compressedSize ? undefined : data;
}

export interface ZipPart {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

/**
 * A new zip of the given parts in the given order, sizes in every local header (no data descriptors): the shape a
 * streaming unzipper reads without guessing.
 */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    chunks.push(local, name, part.data);
    offset += 30 + name.length + part.data.length;
  }
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
