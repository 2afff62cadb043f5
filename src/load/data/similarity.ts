// "Did you mean …": rank known names by edit distance and shared characters.

const NON_ASCII = /[^\x00-\x7f]/;

/** Levenshtein distance over UTF-16 code units (Chinese names are in the BMP). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Characters the two strings share (as multisets), e.g. 孕产妇死亡 and 孕产妇死亡率 share 5. */
export function sharedCharacters(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(ch, left - 1);
    }
  }
  return shared;
}

/** 0 (nothing alike) … 1 (equal). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const byEdits = 1 - editDistance(a, b) / longest;
  // Shared characters say much for Chinese names (word order varies), little for Latin letters.
  if (!NON_ASCII.test(a) && !NON_ASCII.test(b)) return byEdits;
  return Math.max(byEdits, 0.9 * (sharedCharacters(a, b) / longest));
}

export interface Candidate {
  /** The spelling compared against (a name key). */
  key: string;
  /** What the suggestion shows, e.g. `孕产妇死亡率 (maternal_mortality)`. */
  label: string;
  /** Candidates with the same target are suggested once. */
  target: string;
}

/** Up to `limit` labels of the candidates most like `query`, best first; none below `threshold` or far below the best. */
export function closestLabels(query: string, candidates: readonly Candidate[], limit = 3, threshold = 0.4): string[] {
  const best = new Map<string, { label: string; score: number }>();
  for (const c of candidates) {
    // The score is at most shorter/longer length: skipping those below the threshold keeps a 10 MB cell from
    // taking minutes of edit distance, and changes no result.
    const [short, long] = query.length < c.key.length ? [query.length, c.key.length] : [c.key.length, query.length];
    if (short < threshold * long) continue;
    const score = similarity(query, c.key);
    const seen = best.get(c.target);
    if (score >= threshold && (seen === undefined || score > seen.score)) best.set(c.target, { label: c.label, score });
  }
  const ranked = [...best.values()].sort((x, y) => y.score - x.score || x.label.localeCompare(y.label));
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter((x) => x.score >= 0.8 * top)
    .slice(0, limit)
    .map((x) => x.label);
}
