// The one shape every rule kind has: a folder with schema.ts (its zod schema) and index.ts (this module: evaluate and docs).
import type { DataIndex, JudgeContext } from '../core/context.js';
import type { Check, CheckOf, RuleKind } from './checks.js';
import type { Verdict } from '../core/types.js';

export type { DataIndex, JudgeContext };

export interface KindContext extends JudgeContext {
  /** Judges a check with whichever kind it names: how each_unit judges its inner check per unit. */
  evaluateCheck(check: Check, ctx: KindContext): Verdict;
}

export interface KindDoc {
  /** Plan wordings this kind encodes. */
  wording: string[];
  summary: { zh: string; en: string };
  example: string;
}

export interface KindModule<K extends RuleKind> {
  kind: K;
  evaluate(check: CheckOf<K>, ctx: KindContext): Verdict;
  doc: KindDoc;
}
