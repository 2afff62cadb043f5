// A doubtful reading (a rule's `flags` entry) in the output language. The plans write each one as
// "读法：<reading>。 <the same in English> 请确认：<question>", so each language gets its own part.
import type { Lang } from '../i18n/format.js';

const BILINGUAL = /^(读法：[^]*?。)\s+([^]*?)\s*(请确认：[^]*)$/;

export function flagText(flag: string, lang: Lang): string {
  const parts = BILINGUAL.exec(flag);
  // A flag written another way is shown whole.
  if (!parts) return flag;
  return lang === 'zh' ? `${parts[1]} ${parts[3]}` : parts[2]!;
}
