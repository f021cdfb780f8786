import { describe, expect, it } from 'vitest';
import { bodyBytes } from './body-size';

describe('bodyBytes', () => {
  it('counts inline text in UTF-8 bytes and takes kept bodies at their size', () => {
    expect(bodyBytes({ kind: 'text', text: '[{"name":"été"}]' })).toBe(18);
    expect(bodyBytes({ kind: 'large', id: 'b1', size: 48_000_000 })).toBe(48_000_000);
    expect(bodyBytes({ kind: 'empty' })).toBe(0);
  });
});
