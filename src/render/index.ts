// Output formats by name; the CLI picks one, each is a pure function from a report to a string.
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { Renderer } from './types.js';

export const renderers = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
  junit: renderJunit,
} satisfies Record<string, Renderer>;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
