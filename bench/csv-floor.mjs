// The parsing floor: csv-parse alone, with plancheck's own options, reading files and counting records.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { csvOptions } from '../src/load/data/read-records.ts';

async function countRecords(file) {
  const parser = createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(parse(csvOptions(',')));
  let records = 0;
  parser.on('readable', () => {
    while (parser.read() !== null) records++;
  });
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return records;
}

let total = 0;
for (const file of process.argv.slice(2)) total += await countRecords(file);
process.stdout.write(`${total} records\n`);
