// Writes a report whole or not at all: a temporary file in the same folder, then a rename.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './exit-codes.js';

export function writeOutputAtomically(file: string, text: string | Uint8Array, inputs: readonly string[]): void {
  const target = path.resolve(file);
  if (inputs.some((input) => path.resolve(input) === target)) {
    throw new UsageError(`--output ${file} is one of the input files; plancheck never writes to its inputs`);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; expected a writable path`);
  }
}
