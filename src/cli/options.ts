// Parsing of option values shared by several commands, with usage errors that say what was expected.
import { STATUSES, type Status } from '../evaluate/types.js';
import { FORMATS, type Format } from '../render/index.js';
import { UsageError } from './exit-codes.js';

export function parseStatuses(text: string, option: string): Status[] {
  const statuses = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of statuses) {
    if (!(STATUSES as readonly string[]).includes(s)) throw new UsageError(`${option} "${s}" is not a status; expected a comma-separated list of: ${STATUSES.join(', ')}`);
  }
  return statuses as Status[];
}

export function parseYear(text: string | undefined, option = '--year'): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`${option} "${text}" is not a year; expected four digits such as 2024`);
  return Number(text);
}

export function parseFormat<F extends string>(text: string | undefined, allowed: readonly F[] = FORMATS as unknown as F[]): F {
  const format = (text ?? 'table') as F;
  if (!allowed.includes(format)) throw new UsageError(`--format "${text}" is not supported here; expected one of: ${allowed.join(', ')}`);
  return format;
}

export type { Format };
