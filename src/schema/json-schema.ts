// The JSON Schema for rule files, generated from the zod schemas so the two cannot drift.
import { z } from 'zod';
import { plancheckFileSchema } from './plan-file.js';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(plancheckFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    title: 'plancheck plan, rules and indicators file',
  };
}

export function renderJsonSchema(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
