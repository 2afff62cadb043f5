// Diff output formats by name; each is a pure function from a diff report to a string.
import type { DiffReport } from '../diff/types.js';
import { renderDiffCsv } from './diff-csv.js';
import { renderDiffJson } from './diff-json.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { renderDiffTable } from './diff-table.js';
import type { DiffRenderOptions } from './diff-view.js';

export const diffRenderers = {
  table: renderDiffTable,
  json: renderDiffJson,
  markdown: renderDiffMarkdown,
  csv: renderDiffCsv,
} satisfies Record<string, (report: DiffReport, options: DiffRenderOptions) => string>;

export type DiffFormat = keyof typeof diffRenderers;
export const DIFF_FORMATS = Object.keys(diffRenderers) as DiffFormat[];
