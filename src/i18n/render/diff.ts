// The texts of `plancheck diff` (and the report's comparison with last year): change kinds, directions, the notes
// about the two results files, titles and summary lines.
import type { Catalogue } from '../catalogue.js';

const rules = (count: string | number | undefined) => (count === 1 ? 'rule' : 'rules');

/** One code per change kind (the ids of src/diff/types.ts). */
export const CHANGE_TEXTS = {
  regressed: { zh: '退步', en: 'Regressed' },
  improved: { zh: '进步', en: 'Improved' },
  'data-lost': { zh: '失去数据', en: 'Data lost' },
  'data-gained': { zh: '新有数据', en: 'Data gained' },
  'data-changed': { zh: '数据状态变化', en: 'Data changed' },
  new: { zh: '新增规则', en: 'New rules' },
  removed: { zh: '已删除规则', en: 'Removed rules' },
  unchanged: { zh: '未变', en: 'Unchanged' },
} satisfies Catalogue;

export const DIFF_TEXTS = {
  better: { zh: '向好', en: 'better' },
  worse: { zh: '变差', en: 'worse' },
  same: { zh: '持平', en: 'same' },
  otherChanges: { zh: '其他变化', en: 'Other changes' },
  groupTitle: { zh: (p) => `${p.word}（${p.count}）`, en: (p) => `${p.word} (${p.count})` },
  movement: { zh: (p) => `（${p.delta}${p.direction ? `，${p.direction}` : ''}）`, en: (p) => ` (${p.delta}${p.direction ? `, ${p.direction}` : ''})` },
  title: { zh: (p) => `规划目标年度对比：${p.from}年 → ${p.to}年`, en: (p) => `Plan target changes: ${p.from} → ${p.to}` },
  summaryHead: { zh: (p) => `${p.from}年 → ${p.to}年 共${p.total}项：`, en: (p) => `${p.from} → ${p.to}: ${p.total} rules:` },
  sources: { zh: (p) => `旧：${p.older}；新：${p.newer}`, en: (p) => `Old: ${p.older}; new: ${p.newer}` },
  unchangedHint: { zh: (p) => `另有${p.count}项状态未变（--all 列出）。`, en: (p) => `${p.count} ${rules(p.count)} unchanged (--all lists them).` },
  listSeparator: { zh: '、', en: ', ' },
  listMore: { zh: '等', en: ', …' },
  'schema-version-mismatch': {
    zh: (p) => `两个结果文件的 schemaVersion 不同（${p.from} → ${p.to}），只比较双方都有的字段。`,
    en: (p) => `The results files have different schemaVersions (${p.from} → ${p.to}); only fields both have are compared.`,
  },
  'schema-version-newer': {
    zh: (p) => `结果文件的 schemaVersion ${p.version} 比本程序写出的 ${p.supported} 新，请升级 plancheck。`,
    en: (p) => `A results file has schemaVersion ${p.version}, newer than the ${p.supported} this plancheck writes; consider upgrading.`,
  },
  'same-year': { zh: (p) => `两边都是${p.year}年的结果（数据或规则有修订）。`, en: (p) => `Both sides are results for ${p.year} (revised data or rules).` },
  'years-reversed': {
    zh: (p) => `旧的一侧（${p.from}年）晚于新的一侧（${p.to}年），进步与退步按参数顺序判断。`,
    en: (p) => `The old side (${p.from}) is later than the new side (${p.to}); improvement and regression follow the argument order.`,
  },
  'rules-only-in-old': { zh: (p) => `${p.count}条规则只在旧结果中：${p.rules}。`, en: (p) => `${p.count} ${rules(p.count)} only in the old results: ${p.rules}.` },
  'rules-only-in-new': { zh: (p) => `${p.count}条规则只在新结果中：${p.rules}。`, en: (p) => `${p.count} ${rules(p.count)} only in the new results: ${p.rules}.` },
  'plans-only-in-old': { zh: (p) => `规划只在旧结果中：${p.plans}。`, en: (p) => `Plans only in the old results: ${p.plans}.` },
  'plans-only-in-new': { zh: (p) => `规划只在新结果中：${p.plans}。`, en: (p) => `Plans only in the new results: ${p.plans}.` },
} satisfies Catalogue;
