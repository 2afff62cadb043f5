// Read a file record by record, handing each on with the physical line it starts on: split directly when the
// CSV is well-formed, else through csv-parse (loaded only then), which judges stray and unclosed quotes.
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { CsvError, Options } from 'csv-parse';
import type { Delimiter } from './detect.js';
import { countLineBreaks } from './normalize-text.js';
import { fileChunks, type Encoding } from './sniff-file.js';
import { PlainRecordSplitter, splitRecords } from './split-records.js';

export interface CsvProblem {
  /** Line the broken record starts on. */
  line: number;
  code: string;
  message: string;
}

export type RecordHandler = (fields: string[], line: number) => void;

/** What the sniffing pass learnt: whether the file has quotes at all, and its bytes when it is small. */
export interface RecordSource {
  quoted?: boolean;
  bytes?: Buffer;
  /** `bytes` already decoded as UTF-8 (byte-order mark kept), when the sniffing pass decoded the whole file. */
  text?: string;
  /** False when invalid bytes were read as a forced UTF-8: then only csv-parse's decoding is used. */
  exact?: boolean;
}

/** The csv-parse options of every read that cannot take the plain splitter. */
export function csvOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
  };
}

/**
 * Parse the file record by record: a small file split whole when its quoting is regular, a large one split as it
 * streams when it has no quote at all, anything else through csv-parse (both give the same records: see
 * tests/load/data/split-records.test.ts). Blank lines reach the handler as [''] so that line numbers stay exact
 * (csv-parse's own line count is off after CRLF inside quoted fields). Records csv-parse cannot read are
 * skipped and returned as problems; errors thrown by the handler reject.
 */
export async function readRecords(file: string, encoding: Encoding, delimiter: Delimiter, onRecord: RecordHandler, source: RecordSource = {}): Promise<CsvProblem[]> {
  if (source.exact !== false && source.bytes !== undefined) {
    const text = encoding === 'utf-8' ? (source.text ?? source.bytes.toString('utf8')) : new TextDecoder(encoding, { ignoreBOM: true }).decode(source.bytes);
    const records = splitRecords(text, delimiter);
    if (records !== undefined) {
      for (const { fields, line } of records) onRecord(fields, line);
      return [];
    }
  }
  if (source.exact !== false && source.quoted === false) {
    await splitPlainFile(file, encoding, delimiter, onRecord, source.bytes);
    return [];
  }
  return parseWithCsvParse(file, encoding, delimiter, onRecord, source);
}

/** A large file without a single quote: lines split as they stream in. */
async function splitPlainFile(file: string, encoding: Encoding, delimiter: Delimiter, onRecord: RecordHandler, bytes?: Buffer): Promise<void> {
  // The splitter drops one byte-order mark itself, as csv-parse does; StringDecoder is the fast native UTF-8 path.
  const decoder = encoding === 'utf-8' ? new StringDecoder('utf8') : new TextDecoder(encoding, { ignoreBOM: true });
  const decode = (chunk?: Buffer) => (decoder instanceof StringDecoder ? (chunk ? decoder.write(chunk) : decoder.end()) : decoder.decode(chunk, { stream: chunk !== undefined }));
  const splitter = new PlainRecordSplitter(delimiter);
  for (const chunk of fileChunks(file, bytes)) splitter.push(decode(chunk), false, onRecord);
  splitter.push(decode(), true, onRecord);
}

async function parseWithCsvParse(file: string, encoding: Encoding, delimiter: Delimiter, onRecord: RecordHandler, source: RecordSource): Promise<CsvProblem[]> {
  const { parse } = await import('csv-parse');
  const parser = parse(csvOptions(delimiter));
  const quoted = source.quoted ?? true;
  const problems: CsvProblem[] = [];
  let nextLine = 1;
  parser.on('data', (fields: string[]) => {
    const line = nextLine;
    let breaks = 0;
    // Only a quoted field can hold a line break.
    if (quoted) for (const field of fields) breaks += countLineBreaks(field);
    nextLine = line + 1 + breaks;
    try {
      onRecord(fields, line);
    } catch (error) {
      parser.destroy(error as Error);
    }
  });
  parser.on('skip', (error: CsvError) => {
    problems.push({ line: nextLine, code: error.code, message: error.message });
    nextLine = Math.max(nextLine, parser.info.lines + 1);
  });
  const ended = once(parser, 'end').then(
    () => undefined,
    (error: unknown) => error,
  );
  const decoder = encoding === 'utf-8' ? undefined : new TextDecoder(encoding);
  try {
    for (const chunk of fileChunks(file, source.bytes)) {
      if (parser.destroyed) break;
      const piece = decoder === undefined ? chunk : decoder.decode(chunk, { stream: true });
      if (!parser.write(piece)) await once(parser, 'drain');
    }
    const rest = decoder?.decode() ?? '';
    if (rest !== '' && !parser.destroyed) parser.write(rest);
  } finally {
    if (!parser.destroyed) parser.end();
  }
  const failure = await ended;
  if (failure !== undefined) throw failure;
  return problems;
}
