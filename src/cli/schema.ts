// `plancheck schema`: the JSON Schema of rule files, to standard output or a file.
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { resolveLang } from './environment.js';
import { parseFormat } from './options.js';
import { writeOutput } from './write-output.js';

export interface SchemaOptions {
  format?: string;
  output?: string;
  lang?: string;
}

export async function runSchema(options: SchemaOptions, io: Io): Promise<number> {
  // The schema's descriptions are in English (zod is their one source); --lang is still checked like everywhere.
  const lang = resolveLang(options.lang, io.env);
  parseFormat(options.format ?? 'json', ['json'] as const);
  const { renderJsonSchema } = await import('../schema/json-schema.js');
  const text = renderJsonSchema();
  if (options.output) await writeOutput(options.output, text, [], lang);
  else io.stdout(text);
  return EXIT.ok;
}
