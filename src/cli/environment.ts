// Decisions taken once from the environment: language, colour, where the bundled plans and data are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/format.js';
import { UsageError } from './exit-codes.js';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) {
    if (option !== 'zh' && option !== 'en') throw new UsageError(`--lang "${option}" is not supported; expected zh or en`);
    return option;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** NO_COLOR off; FORCE_COLOR=0 off; FORCE_COLOR on; otherwise only on a terminal. */
export function resolveColor(env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (toFile) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/** ./plans and ./data when the current folder has them, else the ones bundled with plancheck. */
export function defaultInput(kind: 'plans' | 'data', cwd: string): { path: string; bundled: boolean } {
  const local = path.join(cwd, kind);
  if (fs.existsSync(local)) return { path: kind, bundled: false };
  return { path: path.join(PACKAGE_ROOT, kind), bundled: true };
}
