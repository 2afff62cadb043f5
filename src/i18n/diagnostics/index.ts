// Every catalogue of loader and model diagnostics, with sample inputs: the completeness test calls each text with
// them and checks both languages. The renderers' catalogues are listed apart; the two lists join in one test.
import type { DiagnosticCatalogue } from '../bilingual.js';
import { guardText, modelText, outputText, readFailure, resultsText, rowText } from '../guard-messages.js';
import { dataFileSamples, dataFileText, unusedSamples, unusedText } from './data-files.js';
import { dataRowSamples, dataRowText } from './data-rows.js';
import { guardSamples, modelSamples, outputSamples, resultsSamples, rowSamples } from './guard-samples.js';
import { planSamples, planText } from './plans.js';
import { resultsFileSamples, resultsFileText } from './results.js';
import { unitListSamples, unitListText } from './unit-lists.js';
import { workbookSamples, workbookText } from './workbooks.js';
import { zodIssueSamples, zodIssueText } from './zod-issues.js';

/** Why a path cannot be read, one entry per error code readFailure knows (and one it does not). */
const READ_FAILURE_CODES = ['ELOOP', 'DANGLING', 'EACCES', 'EPERM', 'EISDIR', 'ENOENT', 'FIFO', 'DEVICE', 'SOCKET', 'TOO_LARGE', 'IDLE', 'EIO'];
const readFailures = Object.fromEntries(READ_FAILURE_CODES.map((code) => [code, () => readFailure(code, '16 MB')]));

export const DIAGNOSTIC_CATALOGUES: readonly DiagnosticCatalogue[] = [
  { name: 'data-rows', texts: dataRowText, samples: dataRowSamples },
  { name: 'data-files', texts: dataFileText, samples: dataFileSamples },
  { name: 'unused-rows', texts: unusedText, samples: unusedSamples },
  { name: 'workbooks', texts: workbookText, samples: workbookSamples },
  { name: 'unit-lists', texts: unitListText, samples: unitListSamples },
  { name: 'plans', texts: planText, samples: planSamples },
  { name: 'zod-issues', texts: zodIssueText, samples: zodIssueSamples },
  { name: 'results-file', texts: resultsFileText, samples: resultsFileSamples },
  { name: 'guard', texts: guardText, samples: guardSamples },
  { name: 'output', texts: outputText, samples: outputSamples },
  { name: 'model', texts: modelText, samples: modelSamples },
  { name: 'rows', texts: rowText, samples: rowSamples },
  { name: 'results', texts: resultsText, samples: resultsSamples },
  { name: 'read-failure', texts: readFailures, samples: Object.fromEntries(READ_FAILURE_CODES.map((code) => [code, []])) },
];
