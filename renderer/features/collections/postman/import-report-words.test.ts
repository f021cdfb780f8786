import { describe, expect, it } from 'vitest';
import { importPostmanCollection, importReportJson } from '../../../../shared/postman';
import greenlake from '../../../../shared/postman/fixtures/greenlake-platform.postman_collection.json';
import { notRunPlaces, reportFacts, reportHeadline, scriptMoment } from './import-report-words';

function imported() {
  const result = importPostmanCollection(greenlake, { now: '2026-12-02T10:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the import report in words', () => {
  it('says what a GreenLake collection brought: counts, captures, scripts not run, secrets withheld and the connection offered', () => {
    const value = imported();
    const json = importReportJson(value);
    const facts = reportFacts(json);
    expect(facts.map((f) => f.key)).toEqual(['requests', 'folders', 'variables', 'captures', 'scriptsNotRun', 'secretsWithheld', 'connection']);
    expect(facts[0]!.title).toBe(`${json.requests} request${json.requests === 1 ? '' : 's'}`);
    const secrets = facts.find((f) => f.key === 'secretsWithheld')!;
    expect(json.secretsWithheld).toContain('ClientSecret');
    expect(secrets.detail).toContain('ClientSecret');
    const connection = facts.find((f) => f.key === 'connection')!;
    expect(connection.title).toBe('A connection is offered');
    expect(connection.detail).toContain(json.connectionOffer!.tokenUrl);
    expect(reportHeadline(json.name, json)).toMatch(/^Imported “GreenLake platform services \(test copy\)”: \d+ requests in \d+ folders\.$/);
  });

  it('never puts a secret’s value into a sentence', () => {
    const value = imported();
    const text = JSON.stringify(reportFacts(importReportJson(value)));
    for (const secret of value.withheld) if (secret.value.length > 3) expect(text).not.toContain(secret.value);
  });

  it('lists the scripts not run by where they are, in the collection’s order, matching the count', () => {
    const value = imported();
    const places = notRunPlaces(value.collection);
    expect(places.reduce((n, p) => n + p.scripts.length, 0)).toBe(value.report.scriptsNotRun);
    expect(places.length).toBeGreaterThan(0);
    // The token request's `console.log` is kept and named where it is.
    expect(places.some((p) => p.where.endsWith('Generate AccessToken') && p.scripts.some((s) => s.text.includes('console.log')))).toBe(true);
  });

  it('says plainly when there is nothing to offer or withhold', () => {
    const facts = reportFacts({ requests: 1, folders: 0, variables: 0, captures: 0, scriptsNotRun: 0, secretsWithheld: [], connectionOffer: null });
    expect(facts.find((f) => f.key === 'connection')!.title).toBe('No connection offered');
    expect(facts.find((f) => f.key === 'secretsWithheld')!.detail).toBeUndefined();
    expect(reportHeadline('Mine', { requests: 1, folders: 0 })).toBe('Imported “Mine”: 1 request.');
  });

  it('names when Postman would have run a script', () => {
    expect(scriptMoment('prerequest')).toBe('before sending');
    expect(scriptMoment('test')).toBe('after the answer');
  });
});
