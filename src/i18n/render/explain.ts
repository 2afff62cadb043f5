// The texts of `plancheck explain`: the labels of its lines and the words inside them.
import type { Catalogue } from '../catalogue.js';

export const EXPLAIN_TEXTS = {
  rule: { zh: '规则', en: 'Rule' },
  source: { zh: '规划原文', en: 'Plan text' },
  plan: { zh: '规划', en: 'Plan' },
  indicator: { zh: '指标', en: 'Indicator' },
  check: { zh: '判定', en: 'Check' },
  series: { zh: '数据序列', en: 'Series' },
  seriesCompare: { zh: '数据序列（本地−参照）', en: 'Series (own − reference)' },
  projection: { zh: '趋势预测', en: 'Projection' },
  units: { zh: '分单位结果', en: 'By unit' },
  verdict: { zh: '结论', en: 'Verdict' },
  lead: { zh: '牵头单位', en: 'Lead units' },
  responsible: { zh: '责任单位', en: 'Responsible units' },
  flags: { zh: '存疑', en: 'Doubtful reading' },
  criterion: { zh: '评估标准', en: 'Criterion' },
  year: { zh: '评估年份', en: 'Evaluated for' },
  deadline: { zh: '目标年份', en: 'Deadline' },
  none: { zh: '无', en: 'none' },
  note: { zh: '说明', en: 'Note' },
  // The notes in plans/*.yaml are the authors' commentary, written in English: a Chinese reader is told where they are.
  noteInEnglish: {
    zh: (p) => `本条有${p.count}条读法说明（英文），用 --lang en 查看`,
    en: (p) => `${p.count} note${p.count === 1 ? '' : 's'} on the reading`,
  },
  goal: { zh: '主要目标', en: 'goal' },
  measure: { zh: '策略措施', en: 'measure' },
  everyYear: { zh: '，每年', en: ', every year' },
  aspirational: { zh: '，力争（预期性）', en: ', aspirational' },
  linear: {
    zh: (p) => `最小二乘直线（${p.points}个点，${p.from}起），斜率${p.rate}/年`,
    en: (p) => `least-squares line through ${p.points} points from ${p.from}, slope ${p.rate}/year`,
  },
  compound: { zh: (p) => `年均复合增长率${p.rate}%`, en: (p) => `compound annual growth ${p.rate}%` },
  ofDifference: { zh: '（对本地与参照之差）', en: ' (of own minus reference)' },
} satisfies Catalogue;
