// Writes a report whole or not at all (a temporary file in the target's folder, then a rename), and never over an
// input, a read-only file or a device: devices, FIFOs and /dev/std* are written to directly, never replaced.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/format.js';
import { outputText, say } from '../i18n/guard-messages.js';
import { UsageError } from './exit-codes.js';

/** Written in pieces, so a Ctrl-C during a large report is handled between them (and the temporary file removed). */
const CHUNK = 1024 * 1024;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A report's text, or the bytes of a workbook. */
export type OutputContent = string | Uint8Array;

export async function writeOutput(file: string, text: OutputContent, inputs: readonly string[], lang: Lang = 'en'): Promise<void> {
  const fail = (message: { zh: string; en: string }): never => {
    throw new UsageError(say(lang, message));
  };
  const target = path.resolve(file);
  const link = statOf(target, fs.lstatSync);
  const stat = statOf(target, fs.statSync);
  if (link && !stat) fail(outputText.dangling(file));
  if (stat?.isDirectory()) fail(outputText.isFolder(file));
  const real = stat ? realOrUndefined(target) : newFileRealPath(target);
  for (const input of inputs) {
    const same = sameFile(input, real, stat);
    if (same || path.resolve(input) === target) fail(outputText.isInput(file, input));
  }
  // /dev/stdout and /proc/self/fd/1 lead to whatever the shell opened: write through them, appending as `>>` would.
  const viaProcess = /^\/(?:dev|proc)\//.test(target);
  if (stat && (!stat.isFile() || viaProcess)) return writeDirectly(file, target, text, stat.isFile() ? 'a' : 'w', lang);
  if (stat && ((stat.mode & 0o222) === 0 || !writable(target))) fail(outputText.readOnly(file));
  if (real === undefined) fail(outputText.cannotWrite(file, 'ENOENT'));
  await writeByRename(file, real!, text, stat, lang);
}

function statOf(file: string, how: (file: string) => fs.Stats): fs.Stats | undefined {
  try {
    return how(file);
  } catch {
    return undefined;
  }
}

function realOrUndefined(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Where a file that does not exist yet will be: its folder's real path and its name. */
function newFileRealPath(target: string): string | undefined {
  const folder = realOrUndefined(path.dirname(target));
  return folder === undefined ? undefined : path.join(folder, path.basename(target));
}

/** The same file by real path, or by device and inode (a hard link has another path). */
function sameFile(input: string, real: string | undefined, stat: fs.Stats | undefined): boolean {
  const inputStat = statOf(input, fs.statSync);
  if (inputStat === undefined) return false;
  if (stat !== undefined && inputStat.dev === stat.dev && inputStat.ino === stat.ino) return true;
  return real !== undefined && realOrUndefined(input) === real;
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function writeDirectly(file: string, target: string, text: OutputContent, flag: 'a' | 'w', lang: Lang): Promise<void> {
  try {
    await fs.promises.writeFile(target, text, { flag });
  } catch (error) {
    throw new UsageError(say(lang, outputText.cannotWrite(file, codeOf(error))));
  }
}

async function writeByRename(file: string, real: string, text: OutputContent, existing: fs.Stats | undefined, lang: Lang): Promise<void> {
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.tmp`);
  const removeTemporary = () => fs.rmSync(temporary, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporary();
    stopListening();
    // With our listener gone the signal's default action ends the process, as it would have without plancheck's help.
    process.kill(process.pid, signal);
  };
  const stopListening = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    removeTemporary();
    const handle = await fs.promises.open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      for (let at = 0; at < bytes.length; at += CHUNK) await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      if (existing) {
        // The umask may have narrowed the mode given to open; an existing report keeps its own (and, as root, its owner).
        await handle.chmod(existing.mode & 0o7777);
        if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, real);
  } catch (error) {
    removeTemporary();
    throw new UsageError(say(lang, outputText.cannotWrite(file, codeOf(error))));
  } finally {
    stopListening();
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
