// Build step (an entry of its own, run by src/build.mjs): loads plans/ through the same loader and checks as a
// user's --plans, so the compiled model the CLI reads can never differ from a fresh load.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { compilePlans, type CompiledPlans } from './compiled-plans.js';
import { loadPlans } from './plans.js';

export function compileBundledPlans(packageRoot: string): { compiled: CompiledPlans | null; errors: string } {
  const plansDir = path.join(packageRoot, 'plans');
  const loaded = loadPlans([plansDir]);
  const errors: Diagnostic[] = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { compiled: null, errors: renderDiagnostics(errors, { includeInfo: false, lang: 'en' }) };
  return { compiled: compilePlans(loaded, plansDir), errors: '' };
}
