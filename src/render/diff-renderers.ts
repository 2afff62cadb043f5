// Diff output formats by name; each is a pure function from a diff report to a string, loaded when asked for.
import type { DiffReport } from '../diff/types.js';
import type { DiffRenderOptions } from './diff-view.js';

type DiffRenderer = (report: DiffReport, options: DiffRenderOptions) => string;

const LOADERS = {
  table: () => import('./diff-table.js').then((m) => m.renderDiffTable),
  json: () => import('./diff-json.js').then((m) => m.renderDiffJson),
  markdown: () => import('./diff-markdown.js').then((m) => m.renderDiffMarkdown),
  csv: () => import('./diff-csv.js').then((m) => m.renderDiffCsv),
} satisfies Record<string, () => Promise<DiffRenderer>>;

export type DiffFormat = keyof typeof LOADERS;
export const DIFF_FORMATS = Object.keys(LOADERS) as DiffFormat[];

export function loadDiffRenderer(format: DiffFormat): Promise<DiffRenderer> {
  return LOADERS[format]();
}
