// Guards on every file plancheck opens: why a path cannot be read, and bounded reading of files that are not regular
// (FIFOs, devices, /dev/stdin), so that nothing hangs or grows without limit.
import fs from 'node:fs';

/** A path that cannot be read: ELOOP, DANGLING, EACCES, FIFO, DEVICE, SOCKET, TOO_LARGE, IDLE or another errno code. */
export class ReadRefusal extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    readonly detail = '',
  ) {
    super(`${file}: ${code}${detail ? ` ${detail}` : ''}`);
    this.name = 'ReadRefusal';
  }
}

/** A non-regular file is read until this many bytes at most… */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;
/** …and given up on when nothing arrives for this long. */
export const MAX_IDLE_MS = 10_000;

/** The kind of a file that is not regular, as a ReadRefusal code; undefined for a regular file or a folder. */
export function irregularKind(stat: fs.Stats): 'FIFO' | 'DEVICE' | 'SOCKET' | undefined {
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'DEVICE';
  if (stat.isSocket()) return 'SOCKET';
  return undefined;
}

/** Why stat failed, told apart: a link to nowhere is not the same as a missing file. */
export function refusalOf(file: string, error: unknown): ReadRefusal {
  if (error instanceof ReadRefusal) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT') {
    try {
      if (fs.lstatSync(file).isSymbolicLink()) return new ReadRefusal(file, 'DANGLING', fs.readlinkSync(file));
    } catch {
      // Not a link: really missing.
    }
  }
  return new ReadRefusal(file, code);
}

/** stat that follows links and says why it failed; undefined only when nothing at all is at the path. */
export function statForReading(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    const refusal = refusalOf(file, error);
    if (refusal.code === 'ENOENT') return undefined;
    throw refusal;
  }
}

/**
 * A file's bytes: a regular file whole (refused above `maxBytes`); anything else read without blocking, at most
 * `maxBytes`, giving up after `idleMs` without a byte, and stopping at the first NUL byte when asked (binary input
 * such as /dev/zero is refused by the caller at once). Synchronous, so rule files load the same way they always did.
 */
export function readBounded(file: string, options: { maxBytes?: number; idleMs?: number; stopAtNul?: boolean } = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_STREAM_BYTES;
  const idleMs = options.idleMs ?? MAX_IDLE_MS;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw refusalOf(file, error);
  }
  if (stat.isDirectory()) throw new ReadRefusal(file, 'EISDIR');
  if (stat.isFile()) {
    if (stat.size > maxBytes) throw new ReadRefusal(file, 'TOO_LARGE', formatBytes(maxBytes));
    try {
      return fs.readFileSync(file);
    } catch (error) {
      throw refusalOf(file, error);
    }
  }
  return readStream(file, stat.isFIFO(), maxBytes, idleMs, options.stopAtNul ?? false);
}

function readStream(file: string, fifo: boolean, maxBytes: number, idleMs: number, stopAtNul: boolean): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw refusalOf(file, error);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // A FIFO reads as empty until a writer opens it: wait for one (up to idleMs) before taking empty as the end.
  let writerSeen = !fifo;
  let lastByte = Date.now();
  const buffer = Buffer.alloc(64 * 1024);
  try {
    for (;;) {
      let count: number;
      try {
        count = fs.readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw refusalOf(file, error);
        writerSeen = true;
        count = -1;
      }
      if (count > 0) {
        writerSeen = true;
        lastByte = Date.now();
        total += count;
        if (total > maxBytes) throw new ReadRefusal(file, 'TOO_LARGE', formatBytes(maxBytes));
        const chunk = Buffer.from(buffer.subarray(0, count));
        chunks.push(chunk);
        if (stopAtNul && chunk.includes(0)) break;
        continue;
      }
      if (count === 0 && writerSeen) break;
      if (Date.now() - lastByte > idleMs) throw new ReadRefusal(file, 'IDLE', `${Math.round(idleMs / 1000)} s`);
      sleep(10);
    }
  } finally {
    fs.closeSync(fd);
  }
  return Buffer.concat(chunks);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
