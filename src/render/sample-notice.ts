// The one sentence every output carries when the data is the bundled sample; pure, for the renderers.
import type { Lang } from '../i18n/format.js';

export function sampleNotice(lang: Lang): string {
  return lang === 'zh'
    ? '【示例数据】以下结果基于 plancheck 随附的示例数据（虚构数字，不是官方统计），不能作为监测结论。'
    : '[SAMPLE DATA] These results use the sample data bundled with plancheck (invented figures, not official statistics); they are no monitoring finding.';
}

/** The same, short enough for one line of an 80-column terminal table. */
export function sampleNoticeShort(lang: Lang): string {
  return lang === 'zh' ? '【示例数据】虚构数字，不是官方统计，不能作为监测结论。' : '[SAMPLE DATA] invented figures, not official statistics: no finding.';
}
