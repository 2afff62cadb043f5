// Columns a string takes in a terminal, by string-width's own rule, without its cost on plain text: cli-table3
// measures with this too (src/build.mjs points its string-width here), since it measures every cell several times
// and string-width runs a large emoji pattern over each. tests/render/terminal-table.test.ts checks both agree.
import fullwidthModule from 'is-fullwidth-code-point';
import stringWidth from 'string-width';

const widths = new Map<string, number>();

/** Columns a string takes in a terminal; remembered, as tables measure the same lead names and dashes many times. */
export function cellWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = measure(text);
    if (widths.size > 10_000) widths.clear();
    widths.set(text, width);
  }
  return width;
}

/** ASCII letters take one column each; plain text is counted by string-width's own rule, character by character. */
function measure(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  // Colour codes and emoji (which string-width counts as two) go to string-width itself; ✓ and ✗, which the
  // tables print on every status, are no emoji and are counted here (string-width's emoji pattern is slow to build).
  if (/[\u001b\u{1f000}-\u{1faff}\u2600-\u2712\u2714-\u2716\u2718-\u27bf\ufe0f]/u.test(text)) return stringWidth(text);
  let width = 0;
  // By index, not a string iterator: every cell of every table is measured, before V8 optimises anything.
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    width += charWidth(code);
  }
  return width;
}

type CodePointTest = (codePoint: number) => boolean;
// A CommonJS module whose types declare an ES default export: the function is the module itself at run time.
const isFullwidthCodePoint: CodePointTest = (fullwidthModule as unknown as { default?: CodePointTest }).default ?? (fullwidthModule as unknown as CodePointTest);

/** Columns one character takes, by string-width's own rule (which cli-table3 measures with). */
export function charWidth(code: number): number {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) return 0;
  return isFullwidthCodePoint(code) ? 2 : 1;
}

