// Chinese and English words of a diff: change kinds, directions, notes and the summary line.
import type { ChangeKind, DiffReport, Direction } from '../diff/types.js';
import type { Coded } from '../core/types.js';
import type { Lang } from '../i18n/format.js';

export const CHANGE_WORDS: Record<Lang, Record<ChangeKind, string>> = {
  zh: {
    regressed: '退步',
    improved: '进步',
    'data-lost': '失去数据',
    'data-gained': '新有数据',
    'data-changed': '数据状态变化',
    new: '新增规则',
    removed: '已删除规则',
    unchanged: '未变',
  },
  en: {
    regressed: 'Regressed',
    improved: 'Improved',
    'data-lost': 'Data lost',
    'data-gained': 'Data gained',
    'data-changed': 'Data changed',
    new: 'New rules',
    removed: 'Removed rules',
    unchanged: 'Unchanged',
  },
};

export const CHANGE_SYMBOLS: Record<ChangeKind, string> = {
  regressed: '▼',
  improved: '▲',
  'data-lost': '?',
  'data-gained': '+',
  'data-changed': '~',
  new: '+',
  removed: '−',
  unchanged: '=',
};

export const DIRECTION_WORDS: Record<Lang, Record<Direction, string>> = {
  zh: { better: '向好', worse: '变差', same: '持平' },
  en: { better: 'better', worse: 'worse', same: 'same' },
};

const list = (value: unknown, lang: Lang, max = 8): string => {
  const items = Array.isArray(value) ? value.map(String) : [];
  const shown = items.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  return items.length > max ? `${shown}${lang === 'zh' ? '等' : ', …'}` : shown;
};

export function describeNote(note: Coded, lang: Lang): string {
  const f = note.figures;
  const zh = lang === 'zh';
  switch (note.code) {
    case 'schema-version-mismatch':
      return zh ? `两个结果文件的 schemaVersion 不同（${f.from} → ${f.to}），只比较双方都有的字段。` : `The results files have different schemaVersions (${f.from} → ${f.to}); only fields both have are compared.`;
    case 'schema-version-newer':
      return zh ? `结果文件的 schemaVersion ${f.version} 比本程序写出的 ${f.supported} 新，请升级 plancheck。` : `A results file has schemaVersion ${f.version}, newer than the ${f.supported} this plancheck writes; consider upgrading.`;
    case 'same-year':
      return zh ? `两边都是${f.year}年的结果（数据或规则有修订）。` : `Both sides are results for ${f.year} (revised data or rules).`;
    case 'years-reversed':
      return zh ? `旧的一侧（${f.from}年）晚于新的一侧（${f.to}年），进步与退步按参数顺序判断。` : `The old side (${f.from}) is later than the new side (${f.to}); improvement and regression follow the argument order.`;
    case 'rules-only-in-old':
      return zh ? `${f.count}条规则只在旧结果中：${list(f.rules, lang)}。` : `${f.count} ${f.count === 1 ? 'rule' : 'rules'} only in the old results: ${list(f.rules, lang)}.`;
    case 'rules-only-in-new':
      return zh ? `${f.count}条规则只在新结果中：${list(f.rules, lang)}。` : `${f.count} ${f.count === 1 ? 'rule' : 'rules'} only in the new results: ${list(f.rules, lang)}.`;
    case 'plans-only-in-old':
      return zh ? `规划只在旧结果中：${list(f.plans, lang)}。` : `Plans only in the old results: ${list(f.plans, lang)}.`;
    case 'plans-only-in-new':
      return zh ? `规划只在新结果中：${list(f.plans, lang)}。` : `Plans only in the new results: ${list(f.plans, lang)}.`;
    default:
      return note.code;
  }
}

export function diffTitle(report: DiffReport, lang: Lang): string {
  return lang === 'zh' ? `规划目标年度对比：${report.from.year}年 → ${report.to.year}年` : `Plan target changes: ${report.from.year} → ${report.to.year}`;
}

/** "2023 → 2024: 258 rules:" and "▼ Regressed 2", …; zero counts left out except regressed, improved and unchanged. */
export function diffSummaryParts(report: DiffReport, lang: Lang): { head: string; counts: string[] } {
  const always: readonly ChangeKind[] = ['regressed', 'improved', 'unchanged'];
  const kinds = (Object.keys(CHANGE_WORDS[lang]) as ChangeKind[]).filter((k) => report.summary[k] > 0 || always.includes(k));
  const counts = kinds.map((k) => `${CHANGE_SYMBOLS[k]} ${CHANGE_WORDS[lang][k]} ${report.summary[k]}`);
  const head = lang === 'zh' ? `${report.from.year}年 → ${report.to.year}年 共${report.summary.total}项：` : `${report.from.year} → ${report.to.year}: ${report.summary.total} rules:`;
  return { head, counts };
}

export function diffSummaryLine(report: DiffReport, lang: Lang): string {
  const { head, counts } = diffSummaryParts(report, lang);
  return `${head}${lang === 'zh' ? '' : ' '}${counts.join(' · ')}`;
}

export function sourcesLine(report: DiffReport, lang: Lang): string {
  return lang === 'zh' ? `旧：${report.from.source}；新：${report.to.source}` : `Old: ${report.from.source}; new: ${report.to.source}`;
}

export function unchangedHint(report: DiffReport, lang: Lang): string {
  return lang === 'zh' ? `另有${report.summary.unchanged}项状态未变（--all 列出）。` : `${report.summary.unchanged} ${report.summary.unchanged === 1 ? 'rule' : 'rules'} unchanged (--all lists them).`;
}
