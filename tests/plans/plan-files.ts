// The bundled plan files as the tests of tests/plans read them: parsed YAML, no plancheck code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLANS = path.join(ROOT, 'plans');

export type Obj = Record<string, unknown>;
export interface Check extends Obj { kind: string }
export interface Rule { id: string; number: string; section: 'goal' | 'measure'; text: string; indicator?: string; check: Check; deadline?: number; every_year?: boolean; flags?: string[]; note?: string }
export interface RulesFile { file: string; plan: string; domain: string; rules: Rule[] }
export interface Domain { id: string; number: string; name: string }
export interface PlanHeader { id: string; baseline_year: number; start_year: number; deadline: number; domains: Domain[] }

/** Every YAML file of plans/ and of its plan directories (plans/source holds text, not YAML). */
export function yamlFiles(): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(PLANS, { withFileTypes: true })) {
    const full = path.join(PLANS, entry.name);
    if (entry.isFile() && entry.name.endsWith('.yaml')) out.push(full);
    if (entry.isDirectory() && entry.name !== 'source')
      for (const f of fs.readdirSync(full)) if (f.endsWith('.yaml')) out.push(path.join(full, f));
  }
  return out.sort();
}

export const rel = (f: string) => path.relative(ROOT, f);
export const files = yamlFiles().map((file) => ({ file, data: YAML.parse(fs.readFileSync(file, 'utf8')) as Obj }));
export const rulesFiles: RulesFile[] = files
  .filter((f) => f.data?.type === 'rules')
  .map((f) => ({ file: rel(f.file), plan: String(f.data.plan), domain: String(f.data.domain), rules: (f.data.rules ?? []) as Rule[] }));
export const plans = new Map<string, PlanHeader>(
  files.filter((f) => f.data?.type === 'plan').map((f) => [(f.data.plan as PlanHeader).id, f.data.plan as PlanHeader]),
);
export const indicatorFiles = files.filter((f) => f.data?.type === 'indicators');
export const allRules = rulesFiles.flatMap((rf) => rf.rules.map((rule) => ({ rf, rule })));
export const planIds = [...new Set([...plans.keys(), ...rulesFiles.map((rf) => rf.plan)])].sort();

const sourceCache = new Map<string, string | undefined>();
export function source(plan: string): string | undefined {
  if (!sourceCache.has(plan)) {
    const f = path.join(PLANS, 'source', `${plan}.txt`);
    sourceCache.set(plan, fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  }
  return sourceCache.get(plan);
}

