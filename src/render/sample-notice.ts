// The one sentence every output carries when the data is the bundled sample; pure, for the renderers.
import { sayIn } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/format.js';
import { OUTPUT_TEXTS } from '../i18n/render/outputs.js';

export function sampleNotice(lang: Lang): string {
  return sayIn(OUTPUT_TEXTS, 'sampleNotice', lang);
}

/** The same, short enough for one line of an 80-column terminal table. */
export function sampleNoticeShort(lang: Lang): string {
  return sayIn(OUTPUT_TEXTS, 'sampleNoticeShort', lang);
}
