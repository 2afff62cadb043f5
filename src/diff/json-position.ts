// Finds where a JSON text stops being valid JSON, so an error can name its line and column on any Node version.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** Offset of the first character that makes the text invalid JSON; null when it is valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const expect = (char: string) => (text[i] === char ? (i += 1) : fail());
  const matchAt = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) fail();
    i += match![0].length;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      i += 1;
      if (c === '"') return;
      if (c === '\\') matchAt(ESCAPE);
    }
  };
  const sequence = (close: string, item: () => void) => {
    i += 1;
    skipSpace();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void (i += 1);
      expect(',');
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      sequence('}', () => {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (c === '[') sequence(']', value);
    else if (c === '"') string();
    else if (c !== undefined && /[tfn]/.test(c)) {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) fail();
      i += word!.length;
    } else matchAt(NUMBER);
  };
  try {
    value();
    skipSpace();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    throw error;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
