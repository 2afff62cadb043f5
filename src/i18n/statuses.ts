// Status words and symbols: the symbol lets a status read without colour.
import type { Status } from '../core/types.js';
import type { Lang } from './format.js';

export const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  zh: { pass: '达标', 'at-risk': '预警', fail: '未达标', 'no-data': '无数据', 'not-assessed': '待评估' },
  en: { pass: 'pass', 'at-risk': 'at-risk', fail: 'fail', 'no-data': 'no-data', 'not-assessed': 'not-assessed' },
};

export const STATUS_SYMBOLS: Record<Status, string> = { pass: '✓', 'at-risk': '!', fail: '✗', 'no-data': '?', 'not-assessed': '…' };

export function statusLabel(status: Status, lang: Lang): string {
  return `${STATUS_SYMBOLS[status]} ${STATUS_WORDS[lang][status]}`;
}
