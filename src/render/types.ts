// What every renderer receives: the report plus the context needed to label it.
import type { Report } from '../evaluate/evaluate-plans.js';
import type { Status } from '../core/types.js';
import type { Lang } from '../i18n/format.js';
import type { Plan } from '../schema/plan-file.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  plans: readonly Plan[];
  /** Where the rules and data came from, for the summary line. */
  inputs: { plans: string[]; data: string[] };
  failOn: readonly Status[];
  /** Terminal width for the table renderer. */
  width: number;
  bom: boolean;
  /** The data is the bundled sample: every format says so. */
  sample?: boolean;
}

export type Renderer = (report: Report, options: RenderOptions) => string;
