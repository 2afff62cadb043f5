// JUnit XML for CI dashboards: one testcase per rule; --fail-on statuses are failures, missing data is skipped.
import { describeReason } from '../i18n/reasons.js';
import { STATUS_WORDS } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { groupResults, indicatorNameIn } from './view.js';
import type { Renderer } from './types.js';
import { sampleNotice } from './sample-notice.js';
import { sayIn } from '../i18n/catalogue.js';
import { OUTPUT_TEXTS } from '../i18n/render/outputs.js';

export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids (controls, U+FFFE, U+FFFF, unpaired surrogates) are dropped rather than breaking the file.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const renderJunit: Renderer = (report, options) => {
  const suites: string[] = [];
  const properties = options.sample ? `    <properties>\n      <property name="sample" value="true"/>\n      <property name="notice" value="${xmlEscape(sampleNotice(options.lang))}"/>\n    </properties>\n` : '';
  let failures = 0;
  let skipped = 0;
  for (const plan of groupResults(report.results)) {
    for (const domain of plan.domains) {
      const cases: string[] = [];
      let suiteFailures = 0;
      let suiteSkipped = 0;
      for (const r of domain.results) {
        const indicator = indicatorNameIn(r, options.lang);
        const name = xmlEscape(`${r.rule} ${indicator ?? r.text.slice(0, 30)}`);
        const message = xmlEscape(`${STATUS_WORDS[options.lang][r.status]}: ${describeReason(r, options.lang)}`);
        let body = '';
        if (options.failOn.includes(r.status)) {
          suiteFailures++;
          body = `<failure message="${message}" type="${r.status}">${xmlEscape(`${describeTarget(r.target, options.lang)}\n${r.text}`)}</failure>`;
        } else if (r.status === 'no-data' || r.status === 'not-assessed') {
          suiteSkipped++;
          body = `<skipped message="${message}"/>`;
        } else if (r.status === 'at-risk') {
          body = `<system-out>${message}</system-out>`;
        }
        cases.push(`    <testcase classname="${xmlEscape(`${r.plan}.${r.domain}`)}" name="${name}">${body}</testcase>`);
      }
      failures += suiteFailures;
      skipped += suiteSkipped;
      suites.push(
        `  <testsuite name="${xmlEscape(`${plan.plan}/${domain.domain}`)}" tests="${domain.results.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${properties}${cases.join('\n')}\n  </testsuite>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plancheck ${report.year}${options.sample ? sayIn(OUTPUT_TEXTS, 'junitSampleSuffix', options.lang) : ''}" tests="${report.results.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
};

