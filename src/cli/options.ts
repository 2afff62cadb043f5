// Parsing of option values shared by several commands, with usage errors that say what was expected.
import { STATUSES, type Status } from '../core/types.js';
import { STATUS_WORDS } from '../i18n/statuses.js';
import { FORMATS, type Format } from '../render/index.js';
import { UsageError } from './exit-codes.js';

/** Status words as a user may type them: the English word, the Chinese word, any case. */
const STATUS_BY_WORD: Record<string, Status> = Object.fromEntries([
  ...STATUSES.map((s) => [s, s]),
  ...Object.entries(STATUS_WORDS.zh).map(([status, word]) => [word, status]),
]) as Record<string, Status>;

export function parseStatuses(text: string, option: string): Status[] {
  const words = text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  return words.map((word) => {
    const status = STATUS_BY_WORD[word.toLowerCase()];
    if (!status) throw new UsageError('notAStatus', { option, value: word, expected: `${STATUSES.join(', ')}（${Object.values(STATUS_WORDS.zh).join('、')}）` });
    return status;
  });
}

/** --encoding: gbk is read as gb18030 (a superset), utf8 as utf-8. */
export function parseEncoding(text: string): 'utf-8' | 'gb18030' {
  const name = text.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (name === 'gb18030' || name === 'gbk' || name === 'gb2312' || name === 'cp936') return 'gb18030';
  throw new UsageError('encodingUnsupported', { value: text });
}

export function parseYear(text: string | undefined, option = '--year'): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError('notAYear', { option, value: text });
  return Number(text);
}

export function parseFormat<F extends string>(text: string | undefined, allowed: readonly F[] = FORMATS as unknown as F[]): F {
  const format = (text ?? 'table') as F;
  if (!allowed.includes(format)) throw new UsageError('formatUnsupported', { value: String(text), expected: allowed.join(', ') });
  return format;
}

export type { Format };
