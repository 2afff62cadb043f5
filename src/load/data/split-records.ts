// Reads well-formed CSV text without csv-parse: plain fields, and quoted fields with "" escapes and line breaks.
// Anything csv-parse has to judge (a stray or an unclosed quote) makes it give up; the caller then uses csv-parse.
import { countLineBreaks } from './normalize-text.js';

export interface SplitRecord {
  fields: string[];
  /** The physical line the record starts on. */
  line: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Every record of the text, or undefined when a quote is not well-formed (csv-parse decides what that means). */
export function splitRecords(text: string, delimiter: string, firstLine = 1): SplitRecord[] | undefined {
  const records: SplitRecord[] = [];
  return eachRecord(text, delimiter, firstLine, (fields, line) => records.push({ fields, line })) ? records : undefined;
}

/** Hand on each record as it is split; false when a quote is not well-formed (records before it were handed on). */
export function eachRecord(text: string, delimiter: string, firstLine: number, onRecord: (fields: string[], line: number) => void): boolean {
  const n = text.length;
  // A byte-order mark is dropped at the start of the file only (as csv-parse's bom option does).
  let i = firstLine === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  // Next line feed, carriage return and quote at or after i: found once each, not once per record.
  let lf = -2;
  let cr = -2;
  let quote = -2;
  while (i < n) {
    if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
    if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
    if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
    const eol = Math.min(lf === -1 ? n : lf, cr === -1 ? n : cr);
    const start = line;
    let fields: string[];
    if (quote === -1 || quote > eol) {
      fields = text.slice(i, eol).split(delimiter);
      i = eol;
    } else {
      const record = quotedRecord(text, i, delimiter.charCodeAt(0));
      if (record === undefined) return false;
      ({ fields, end: i } = record);
      line += record.breaks;
    }
    if (i < n) i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    onRecord(fields, start);
    line++;
  }
  return true;
}

/** One record that has a quote in it, from `i` to its line break (not included). */
function quotedRecord(text: string, i: number, delimiter: number): { fields: string[]; end: number; breaks: number } | undefined {
  const fields: string[] = [];
  const n = text.length;
  let breaks = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return undefined;
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        value += '"';
        from = close + 2;
      }
      breaks += countLineBreaks(value);
      fields.push(value);
    } else {
      let end = i;
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === delimiter || c === LF || c === CR) break;
        // A quote inside a plain field: csv-parse's relax_quotes rules apply.
        if (c === QUOTE) return undefined;
      }
      fields.push(text.slice(i, end));
      i = end;
    }
    const c = text.charCodeAt(i);
    if (i >= n || c === LF || c === CR) return { fields, end: i, breaks };
    // Text after a closing quote: csv-parse's rules apply.
    if (c !== delimiter) return undefined;
    i++;
  }
}

/** Splits a stream of text that has no quote at all into records, chunk by chunk. */
export class PlainRecordSplitter {
  /** The start of a line whose end has not arrived yet. */
  private carry = '';
  private line = 1;

  constructor(private readonly delimiter: string) {}

  /** Hand on the records complete in what has arrived; `final` for the last piece. */
  push(text: string, final: boolean, onRecord: (fields: string[], line: number) => void): void {
    if (text.includes('\r') || this.carry.includes('\r')) return this.pushWithCarriageReturns(text, final, onRecord);
    // Only \n breaks: lines are cut straight out of the chunk. Joining the carry to the whole chunk would copy
    // every chunk once more, and those copies are what fills the old generation on a large file.
    let start = 0;
    if (this.carry !== '') {
      const first = text.indexOf('\n');
      if (first === -1 && !final) {
        this.carry += text;
        return;
      }
      const end = first === -1 ? text.length : first;
      this.emit(this.carry + text.slice(0, end), onRecord);
      this.carry = '';
      start = end + 1;
    }
    const stop = final ? text.length : text.lastIndexOf('\n') + 1;
    while (start < stop) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      this.emit(text.slice(start, end), onRecord);
      start = end + 1;
    }
    if (!final && stop < text.length) this.carry = text.slice(stop);
  }

  private emit(lineText: string, onRecord: (fields: string[], line: number) => void): void {
    // A byte-order mark is dropped at the start of the file only.
    const text = this.line === 1 && lineText.charCodeAt(0) === 0xfeff ? lineText.slice(1) : lineText;
    onRecord(text.split(this.delimiter), this.line++);
  }

  /** The general case: \r\n or a lone \r ends a line too, and a \r at a chunk's end may still be half of \r\n. */
  private pushWithCarriageReturns(text: string, final: boolean, onRecord: (fields: string[], line: number) => void): void {
    // Only the new text can hold the last line break (the carry has none but a held \r), so a long line is not rescanned.
    const held = text.endsWith('\r') && !final ? 1 : 0;
    const searchEnd = text.length - 1 - held;
    // (lastIndexOf reads a negative start as 0, so an empty search range is spelt out.)
    const lastBreak = Math.max(text.lastIndexOf('\n'), searchEnd < 0 ? -1 : text.lastIndexOf('\r', searchEnd));
    const all = this.carry + text;
    const cut = final ? all.length : lastBreak === -1 ? 0 : this.carry.length + lastBreak + 1;
    this.carry = all.slice(cut);
    if (cut === 0) return;
    eachRecord(all.slice(0, cut), this.delimiter, this.line, (fields, line) => {
      this.line = line + 1;
      onRecord(fields, line);
    });
  }
}
