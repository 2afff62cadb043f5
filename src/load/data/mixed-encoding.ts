// A file that is partly UTF-8 and partly GBK (rows pasted from two exports): whichever encoding it is read in, some
// names come out garbled and match nothing. Told apart line by line, only for files that are not valid UTF-8.

export interface MixedLines {
  /** First line that is valid UTF-8 with Chinese in it. */
  utf8Line: number;
  /** First line that is not valid UTF-8. */
  otherLine: number;
}

const NOT_UTF8 = '\uFFFD';
/** A line that decodes as UTF-8 without a replacement character and holds two Chinese characters at least (a GBK line that happens to be valid UTF-8 is short). */
const UTF8_CHINESE_LINE = /^[^\n\uFFFD]*?[\u4e00-\u9fff][^\n\uFFFD]*?[\u4e00-\u9fff]/m;

/** Lines that are UTF-8 Chinese and lines that are not UTF-8 at all, when a file has both; undefined otherwise. */
export async function findMixedEncoding(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<MixedLines | undefined> {
  // Decoding with replacement characters and searching the text are native: far faster than judging each line's bytes.
  const decoder = new TextDecoder('utf-8');
  let utf8Line = 0;
  let otherLine = 0;
  let linesBefore = 0;
  let carry = '';
  const scan = (text: string) => {
    if (otherLine === 0) {
      const at = text.indexOf(NOT_UTF8);
      if (at !== -1) otherLine = linesBefore + lineOf(text, at);
    }
    if (utf8Line === 0) {
      const match = UTF8_CHINESE_LINE.exec(text);
      if (match !== null) utf8Line = linesBefore + lineOf(text, match.index);
    }
    linesBefore += lineOf(text, text.length) - 1;
  };
  for await (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('\n') + 1;
    carry = text.slice(cut);
    scan(text.slice(0, cut));
    if (utf8Line > 0 && otherLine > 0) return { utf8Line, otherLine };
  }
  scan(carry + decoder.decode());
  return utf8Line > 0 && otherLine > 0 ? { utf8Line, otherLine } : undefined;
}

/** The 1-based line of a position in the text. */
function lineOf(text: string, position: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < position; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
