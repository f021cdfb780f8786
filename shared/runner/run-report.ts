/**
 * A finished run as the files the app and the command line both write: JSON (the result itself)
 * and JUnit XML (one test case per request, for CI dashboards). Pure, so both write the same bytes.
 */
import type { RunResult, RunStepResult } from '../contract/runner';

/** The run as JSON text, two-space indented, ending with a new line. */
export function runResultJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** `text` safe inside an XML attribute or element (characters XML 1.0 forbids are dropped). */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

/** The test case's class name: the collection and folders above the request, joined by dots as JUnit readers group them. */
function classNameOf(result: RunResult, step: RunStepResult): string {
  return [result.collectionName, ...step.path].join('.');
}

/** One `<testcase>` element. */
function testCase(result: RunResult, step: RunStepResult): string {
  const head = `    <testcase name="${xmlEscape(`${step.method} ${step.name}`)}" classname="${xmlEscape(classNameOf(result, step))}" time="${seconds(step.timeMs)}"`;
  const status = step.status === undefined ? '' : ` ${step.status}${step.statusText ? ` ${step.statusText}` : ''}`;
  const detail = xmlEscape(`${step.method} ${step.url}${status}`);
  switch (step.state) {
    case 'passed':
      return `${head}>\n      <system-out>${detail}</system-out>\n    </testcase>`;
    case 'failed':
      return `${head}>\n      <failure message="${xmlEscape(step.reason ?? `The answer was${status}.`)}" type="status">${detail}</failure>\n    </testcase>`;
    case 'error':
      return `${head}>\n      <error message="${xmlEscape(step.reason ?? 'No answer.')}" type="error">${detail}</error>\n    </testcase>`;
    case 'skipped':
    case 'pending':
      return `${head}>\n      <skipped message="${xmlEscape(step.reason ?? 'Not run.')}"/>\n    </testcase>`;
  }
}

/** The run as JUnit XML: one `<testsuite>` named after the run, one `<testcase>` per request. */
export function runResultJunit(result: RunResult): string {
  const t = result.totals;
  const failures = t.failed;
  const errors = t.errors;
  const skipped = t.skipped + t.notRun;
  const attributes = `name="${xmlEscape(result.title)}" tests="${result.steps.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result.durationMs)}" timestamp="${xmlEscape(result.startedAt)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes.replace(/ timestamp="[^"]*"/, '')}>`,
    `  <testsuite ${attributes}>`,
    ...result.steps.map((step) => testCase(result, step)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
