// What a Chinese text may not contain (English words) and what an English text may not contain (Chinese), once the
// names that stay as they are in both languages are taken out.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Latin words a Chinese text still contains, besides the program's name, commands, option names, file names, rule
 * ids, indicator and kind ids (snake_case), codes in brackets, and the values a user types. `ignore`: more text to
 * take out first (a test's own temporary folder).
 */
export function englishWords(text: string, ignore: readonly string[] = []): string[] {
  let stripped = text;
  for (const part of ignore) stripped = stripped.replace(new RegExp(escape(part) + '\\S*', 'g'), '');
  stripped = stripped
    .replace(/[^\s：，（）"']+\.(json|csv|yaml|yml|txt|html|md|xlsx)\b/g, '') // file names
    .replace(/"[^"]*"|'[^']*'|<[^>]*>/g, '') // values the user typed, placeholders
    .replace(/\[[a-z0-9_-]+\]|\([a-z_]+\)/g, '') // codes and ids in brackets: [missed-final], [maternal_mortality], (at_least)
    .replace(/\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b/g, '') // indicator and kind ids
    .replace(/\b(zh|en|utf-8|gb18030|gbk|ENOENT|table|json|csv|xlsx|markdown|junit|text|html|pass|at-risk|fail|no-data|not-assessed|mini-2021-2025|health|society|education)\b/g, '') // accepted values, listed
    .replace(/(^|[\s(（：，,/])--?[a-z][a-z-]*/g, '$1') // option names
    .replace(/\b(plancheck|evaluate|explain|list|validate|diff|history|template|schema|init|report|data|plans)\b/g, '') // command and folder names
    .replace(/\b[A-Z]+(-[A-Za-z0-9]+)+\b/g, ''); // rule ids
  return stripped.match(/[A-Za-z]{3,}/g) ?? [];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Chinese in an English text that is not one of `allowed` (plan sentences, unit names, place names, …): each run of
 * Chinese characters must be part of an allowed text, so a sentence cut with … still passes.
 */
export function chineseOutside(text: string, allowed: readonly string[]): string[] {
  const runs = new Set(text.match(CJK_RUN) ?? []);
  return [...runs].filter((run) => !allowed.some((ok) => ok.includes(run)));
}
