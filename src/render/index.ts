// Output formats by name; the CLI picks one, each is a pure function from a report to a string. Each is loaded
// only when asked for: the terminal table brings chalk and cli-table3, which JSON, CSV and the rest do without.
import type { Renderer } from './types.js';

const LOADERS = {
  table: () => import('./table.js').then((m) => m.renderTable),
  json: () => import('./json.js').then((m) => m.renderJson),
  csv: () => import('./csv.js').then((m) => m.renderCsv),
  markdown: () => import('./markdown.js').then((m) => m.renderMarkdown),
  junit: () => import('./junit.js').then((m) => m.renderJunit),
} satisfies Record<string, () => Promise<Renderer>>;

export type Format = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as Format[];

export function loadRenderer(format: Format): Promise<Renderer> {
  return LOADERS[format]();
}
