// Texts of the machine-readable and summary outputs: the sample-data notices and the JUnit suite name.
import type { Catalogue } from '../catalogue.js';

export const OUTPUT_TEXTS = {
  sampleNotice: {
    zh: '【示例数据】以下结果基于 plancheck 随附的示例数据（虚构数字，不是官方统计），不能作为监测结论。',
    en: '[SAMPLE DATA] These results use the sample data bundled with plancheck (invented figures, not official statistics); they are no monitoring finding.',
  },
  // Short enough for one line of an 80-column terminal table.
  sampleNoticeShort: { zh: '【示例数据】虚构数字，不是官方统计，不能作为监测结论。', en: '[SAMPLE DATA] invented figures, not official statistics: no finding.' },
  junitSampleSuffix: { zh: ' 示例数据', en: ' sample data' },
} satisfies Catalogue;
