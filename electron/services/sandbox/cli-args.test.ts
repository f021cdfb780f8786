// The `npm run sandbox` argument parser.
import { describe, expect, it } from 'vitest';
import { parseSandboxArgs } from './cli-args';

describe('parseSandboxArgs', () => {
  it('reads nothing as defaults', () => {
    expect(parseSandboxArgs([])).toEqual({ help: false, options: {} });
  });

  it('reads --port and --token-ttl, spaced or with =', () => {
    expect(parseSandboxArgs(['--port', '8123', '--token-ttl', '60'])).toEqual({ help: false, options: { port: 8123, tokenTtlSeconds: 60 } });
    expect(parseSandboxArgs(['--port=0', '--token-ttl=900'])).toEqual({ help: false, options: { port: 0, tokenTtlSeconds: 900 } });
  });

  it('reads the test-only flags: fault controls and a faster audit feed', () => {
    expect(parseSandboxArgs(['--test-controls', '--audit-interval', '500', '--audit-burst=3'])).toEqual({
      help: false,
      options: { testControls: true, audit: { intervalMs: 500, perArrival: 3 } },
    });
  });

  it('answers --help', () => {
    expect(parseSandboxArgs(['--port', '1', '--help'])).toEqual({ help: true });
  });

  it.each([
    [['--port'], /--port needs a whole number from 0 to 65535, not nothing/],
    [['--port', '70000'], /not "70000"/],
    [['--port', '-1'], /--port needs/],
    [['--token-ttl', '0'], /--token-ttl needs a whole number from 1/],
    [['--token-ttl', 'soon'], /not "soon"/],
    [['--verbose'], /Unknown argument "--verbose"/],
    [['--audit-burst', '0'], /--audit-burst needs a whole number from 1 to 1000, not "0"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSandboxArgs(argv)).toThrow(message);
  });
});
