// Stream a file through csv-parse, handing each record on with the physical line it starts on.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { parse, type CsvError } from 'csv-parse';
import type { Delimiter } from './detect.js';
import { countLineBreaks } from './normalize-text.js';
import type { Encoding } from './sniff-file.js';

export interface CsvProblem {
  /** Line the broken record starts on. */
  line: number;
  code: string;
  message: string;
}

export type RecordHandler = (fields: string[], line: number) => void;

/**
 * Parse the file record by record. Blank lines reach the handler as [''] so that line numbers stay exact
 * (csv-parse's own line count is off after CRLF inside quoted fields). Records csv-parse cannot read are
 * skipped and returned as problems; errors thrown by the handler reject.
 */
export async function readRecords(file: string, encoding: Encoding, delimiter: Delimiter, onRecord: RecordHandler): Promise<CsvProblem[]> {
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
  });
  const problems: CsvProblem[] = [];
  let nextLine = 1;
  parser.on('data', (fields: string[]) => {
    const line = nextLine;
    let breaks = 0;
    for (const field of fields) breaks += countLineBreaks(field);
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
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
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
