import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './web-args';

describe('parseWebArgs', () => {
  it('reads --port and --no-open', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, open: true });
    expect(parseWebArgs(['--port', '4321', '--no-open'])).toEqual({ port: 4321, open: false });
    expect(parseWebArgs(['--port=80'])).toEqual({ port: 80, open: true });
  });
  it('explains a bad port', () => {
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow('--port needs a number from 0 to 65535, not "abc".');
    expect(() => parseWebArgs(['--port', '70000'])).toThrow('--port');
  });
});
