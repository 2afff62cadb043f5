// Settings defaults and layering for evaluation; zod-free so evaluating never loads the schema library.
import type { Settings } from '../schema/settings.js';

export type ResolvedSettings = Required<Settings>;

export const DEFAULT_SETTINGS: ResolvedSettings = { warning_margin: 0.02, tolerance: 1, projection: 'linear' };

/** Later layers override earlier ones: defaults < plan < domain < rule. */
export function resolveSettings(...layers: Array<Settings | undefined>): ResolvedSettings {
  const resolved: ResolvedSettings = { ...DEFAULT_SETTINGS };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.warning_margin !== undefined) resolved.warning_margin = layer.warning_margin;
    if (layer.tolerance !== undefined) resolved.tolerance = layer.tolerance;
    if (layer.projection !== undefined) resolved.projection = layer.projection;
  }
  return resolved;
}
