import { describe, expect, it } from 'vitest';
import { abbreviate } from './abbreviate';
import { detectSpec } from './detect-spec';
import { buildSpecIndex } from './operation-index';

describe('abbreviate', () => {
  it('keeps short names and shortens long ones in the middle, saying how much is left out', () => {
    expect(abbreviate('#/components/schemas/Volume')).toBe('#/components/schemas/Volume');
    const long = `#/components/schemas/${'A'.repeat(3000)}Z`;
    const short = abbreviate(long);
    expect(short.length).toBeLessThan(130);
    expect(short.startsWith('#/components/schemas/AAA')).toBe(true);
    expect(short.endsWith('AZ')).toBe(true);
    expect(short).toContain('(2,932 more characters)');
  });

  it('is what import messages use: a 3,000-character $ref is not quoted in full', () => {
    const ref = `#/components/pathItems/${'x'.repeat(3000)}`;
    const doc = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { $ref: ref } } };
    const result = buildSpecIndex(doc, detectSpec(doc) as Extract<ReturnType<typeof detectSpec>, { ok: true }>);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.length).toBeLessThan(260);
    expect(result.message).toContain('more characters');
    const dangling = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/b': { get: { responses: { 200: { $ref: `#/components/responses/${'y'.repeat(3000)}` } } } } } };
    const indexed = buildSpecIndex(dangling, detectSpec(dangling) as Extract<ReturnType<typeof detectSpec>, { ok: true }>);
    expect(indexed.ok).toBe(true);
    if (!indexed.ok) return;
    for (const f of indexed.index.findings) expect(f.message.length, f.message).toBeLessThan(260);
    expect(indexed.index.findings.some((f) => f.message.includes('more characters'))).toBe(true);
  });
});
