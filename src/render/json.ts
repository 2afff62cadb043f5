// JSON results: stable keys, reason as code + figures + sentence; documented in docs/results.md.
import { toResultsFile } from './results-file.js';
import type { Renderer } from './types.js';

export const renderJson: Renderer = (report, options) => JSON.stringify(toResultsFile(report, options), null, 2) + '\n';
