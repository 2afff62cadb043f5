// Parses one YAML file with locations, so schema problems can be reported at a line and column.
import type { Bilingual } from '../i18n/bilingual.js';
import { planText } from '../i18n/diagnostics/plans.js';
import YAML, { LineCounter, isMap, isSeq, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';

export interface ParsedYaml {
  data: unknown;
  /** Line and column of the node at a path (or of its nearest existing parent). */
  locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number };
}

export function parseYamlFile(file: string, text: string): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // A small alias budget defeats "billion laughs" alias bombs.
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  if (doc.errors.length > 0) {
    return {
      diagnostics: problems.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { severity: 'error', code: 'yaml-syntax', file, line: pos.line, column: pos.col, message: describeYamlError(e.message, e.code) };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { diagnostics: [{ severity: 'error', code: 'yaml-syntax', file, line: 1, column: 1, message: describeYamlError((error as Error).message) }] };
  }
  return { parsed: { data, locate: (path) => locateNode(doc, lineCounter, path) }, diagnostics: [] };
}

function locateNode(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  let node: unknown = doc.contents;
  let found: Node | undefined = doc.contents ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      found = (pair.value as Node | null) ?? (pair.key as Node);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as Node;
    } else break;
  }
  const offset = found?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * The parser's message, first line only (English), or its error code in Chinese; running out of stack on deep
 * nesting said in the user's terms. `code` is the parser's for a syntax error, absent when building the data failed.
 */
function describeYamlError(message: string, code?: string): Bilingual {
  const firstLine = message.split('\n')[0]!.trim();
  if (/call stack/i.test(message)) return planText.tooDeep;
  if (/alias count/i.test(message)) return planText.tooManyAliases(firstLine);
  return code === undefined ? planText.yamlUnreadable(firstLine) : planText.yamlSyntax(code, firstLine);
}
