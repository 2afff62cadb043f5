// Finds where a JSON text stops being valid JSON, so an error can name its line and column on any Node version.
// A loop with an explicit stack, not recursion: `[` repeated 200,000 times must not exhaust the call stack.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** Offset of the first character that makes the text invalid JSON; null when it is valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const matchAt = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  /** A string at i; false at the offending character. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i += 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') return false;
      i += 1;
      if (c === '"') return true;
      if (c === '\\' && !matchAt(ESCAPE)) return false;
    }
  };
  /** `"key":` of an object member; false at the offending character. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };
  /** A scalar at i, or containers opened (pushed on `open`) down to the first scalar; false at the offending character. */
  const value = (open: string[]): boolean => {
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{' || c === '[') {
        i += 1;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i += 1;
          return true;
        }
        open.push(c);
        if (c === '{' && !key()) return false;
        continue;
      }
      if (c === '"') return string();
      if (c !== undefined && /[tfn]/.test(c)) {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return false;
        i += word.length;
        return true;
      }
      return matchAt(NUMBER);
    }
  };

  const open: string[] = [];
  if (!value(open)) return i;
  // After each complete value: close containers, or go on to the next item of the innermost one.
  while (open.length > 0) {
    skipSpace();
    const container = open[open.length - 1]!;
    const close = container === '{' ? '}' : ']';
    if (text[i] === close) {
      i += 1;
      open.pop();
      continue;
    }
    if (text[i] !== ',') return i;
    i += 1;
    if (container === '{' && !key()) return i;
    if (!value(open)) return i;
  }
  skipSpace();
  return i < text.length ? i : null;
}
