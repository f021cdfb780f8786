// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../contract/runner';
import { runResultJson, runResultJunit } from './run-report';

/** The part of the DOM this test reads (shared/ is compiled without DOM types). */
interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
}
type XmlParser = new () => { parseFromString(text: string, type: string): XmlElement };
const parseXml = (xml: string) => new (globalThis as unknown as { DOMParser: XmlParser }).DOMParser().parseFromString(xml, 'application/xml');

const result: RunResult = {
  runId: 'run-1',
  collectionId: 'c-1',
  collectionName: 'Tour <&> "quotes"',
  title: 'Tour <&> "quotes" › Storage',
  startedAt: '2026-01-02T03:04:05.000Z',
  finishedAt: '2026-01-02T03:04:06.500Z',
  durationMs: 1500,
  outcome: 'failed',
  bailed: false,
  totals: { requests: 4, passed: 1, failed: 1, errors: 1, skipped: 1, notRun: 0 },
  steps: [
    { itemId: 'r1', name: 'List', path: ['Storage'], method: 'GET', url: 'https://x/api?a=1&b=2', state: 'passed', status: 200, statusText: 'OK', timeMs: 120, captured: [] },
    { itemId: 'r2', name: 'Missing', path: ['Storage'], method: 'GET', url: 'https://x/api/none', state: 'failed', status: 404, statusText: 'Not Found', timeMs: 30, reason: 'The answer was 404 Not Found.', captured: [] },
    { itemId: 'r3', name: 'Down \u0001', path: [], method: 'GET', url: 'https://down', state: 'error', reason: 'Could not reach down.', captured: [] },
    { itemId: 'r4', name: 'Token', path: [], method: 'POST', url: 'https://sso', state: 'skipped', reason: 'Handled by the connection.', captured: [] },
  ],
};

describe('run reports', () => {
  it('writes JUnit XML that parses, with one test case per request and the failures marked', () => {
    const xml = runResultJunit(result);
    const doc = parseXml(xml);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const suite = doc.getElementsByTagName('testsuite')[0]!;
    expect(suite.getAttribute('name')).toBe('Tour <&> "quotes" › Storage');
    expect([suite.getAttribute('tests'), suite.getAttribute('failures'), suite.getAttribute('errors'), suite.getAttribute('skipped')]).toEqual(['4', '1', '1', '1']);
    const cases = [...doc.getElementsByTagName('testcase')];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['GET List', 'GET Missing', 'GET Down ', 'POST Token']);
    expect(cases[0]!.getAttribute('classname')).toBe('Tour <&> "quotes".Storage');
    expect(cases[1]!.getElementsByTagName('failure')[0]!.getAttribute('message')).toBe('The answer was 404 Not Found.');
    expect(cases[2]!.getElementsByTagName('error')).toHaveLength(1);
    expect(cases[3]!.getElementsByTagName('skipped')).toHaveLength(1);
    expect(cases[0]!.getAttribute('time')).toBe('0.120');
  });

  it('writes the result itself as JSON', () => {
    expect(JSON.parse(runResultJson(result))).toEqual(result);
  });
});
