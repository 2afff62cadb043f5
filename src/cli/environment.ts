// Decisions taken once from the environment: language, colour, where the bundled plans and data are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/format.js';
import { UsageError } from './exit-codes.js';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) {
    if (option !== 'zh' && option !== 'en') throw new UsageError('langUnsupported', { value: option });
    return option;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** --no-color or NO_COLOR off; FORCE_COLOR=0 off; FORCE_COLOR on; otherwise only on a terminal. */
export function resolveColor(env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean, colorOption?: boolean): boolean {
  if (toFile || colorOption === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/** The terminal's own width on a TTY (interactive shells do not export COLUMNS), else COLUMNS, else 80. */
export function resolveWidth(io: { env: NodeJS.ProcessEnv; stdoutIsTTY: boolean; stdoutColumns?: number }): number {
  const fromEnv = Number(io.env.COLUMNS);
  const columns = io.stdoutIsTTY && io.stdoutColumns ? io.stdoutColumns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  // Narrower than this, a row of rule id, status and value cannot fit anyway; wider, lines get hard to follow.
  return Math.min(Math.max(columns, 60), 200);
}

/** ./plans and ./data when the current folder has them, else the ones bundled with plancheck. */
export function defaultInput(kind: 'plans' | 'data', cwd: string): { path: string; bundled: boolean } {
  const local = path.join(cwd, kind);
  if (fs.existsSync(local)) return { path: kind, bundled: false };
  return { path: path.join(PACKAGE_ROOT, kind), bundled: true };
}
