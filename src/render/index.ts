// Output formats by name; the CLI picks one, each is a pure function from a report to a string. The table (the
// default) and the JSON and CSV that scripts read are part of the CLI's core file; the rest load when asked for.
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';
import type { Renderer } from './types.js';

const LOADERS = {
  table: async () => renderTable,
  json: async () => renderJson,
  csv: async () => renderCsv,
  markdown: () => import('./markdown.js').then((m) => m.renderMarkdown),
  junit: () => import('./junit.js').then((m) => m.renderJunit),
} satisfies Record<string, () => Promise<Renderer>>;

export type Format = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as Format[];

export function loadRenderer(format: Format): Promise<Renderer> {
  return LOADERS[format]();
}
