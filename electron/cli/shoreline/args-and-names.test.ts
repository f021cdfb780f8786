import { describe, expect, it } from 'vitest';
import { parseArgs, parseDuration, parseVars, UsageError } from './args';
import { pickByName, splitPath } from './names';

describe('reading a shoreline command line', () => {
  it('reads values, repeated values, booleans and --flag=value, and refuses what it does not know', () => {
    const args = parseArgs(['Tour/Storage', '--var', 'a=1', '--var=b=2', '--bail', '--delay-ms=5', '--user-data', '/tmp/x'], { values: ['--delay-ms'], repeated: ['--var'], booleans: ['--bail'] }, 'run');
    expect(args.positionals).toEqual(['Tour/Storage']);
    expect(args.repeated.get('--var')).toEqual(['a=1', 'b=2']);
    expect(args.values.get('--delay-ms')).toBe('5');
    expect(args.values.get('--user-data')).toBe('/tmp/x');
    expect(args.booleans.has('--bail')).toBe(true);
    expect(() => parseArgs(['--colour'], {}, 'run')).toThrow('Unknown option --colour for “shoreline run”.');
    expect(() => parseArgs(['--delay-ms'], { values: ['--delay-ms'] }, 'run')).toThrow('--delay-ms needs a value.');
    expect(() => parseArgs(['--bail=yes'], { booleans: ['--bail'] }, 'run')).toThrow('--bail takes no value.');
  });

  it('reads durations and KEY=VALUE pairs', () => {
    expect(parseDuration('--for', '90', 'watch')).toBe(90_000);
    expect(parseDuration('--for', '1h30m', 'watch')).toBe(5_400_000);
    expect(parseDuration('--for', '45s', 'watch')).toBe(45_000);
    expect(() => parseDuration('--for', 'soon', 'watch')).toThrow(UsageError);
    expect(() => parseDuration('--for', '500ms', 'watch')).toThrow('at least one second');
    expect(parseVars(['baseUrl=https://x/?a=b', 'empty='], 'run')).toEqual([
      { key: 'baseUrl', value: 'https://x/?a=b', enabled: true },
      { key: 'empty', value: '', enabled: true },
    ]);
    expect(() => parseVars(['=x'], 'run')).toThrow('--var needs KEY=VALUE');
  });
});

describe('naming collections, folders and requests', () => {
  it('splits a path at "/" but not at "\\/"', () => {
    expect(splitPath('Storage tour/Arrays\\/Volumes/List ')).toEqual(['Storage tour', 'Arrays/Volumes', 'List']);
  });

  it('finds a name exactly, then in any case, then by id; asks for an id when names repeat', () => {
    const items = [
      { id: 'c-1', name: 'Tour' },
      { id: 'c-2', name: 'tour' },
      { id: 'c-3', name: 'Audit' },
      { id: 'c-4', name: 'Audit' },
    ];
    expect(pickByName(items, 'Tour', 'collection', 'here', 'run').id).toBe('c-1');
    expect(pickByName(items, 'c-4', 'collection', 'here', 'run').id).toBe('c-4');
    expect(() => pickByName(items, 'TOUR', 'collection', 'here', 'run')).toThrow('2 collections here are named “TOUR”. Name the one you mean by its id: c-1, c-2.');
    expect(() => pickByName(items, 'Audit', 'collection', 'here', 'run')).toThrow('Name the one you mean by its id: c-3, c-4.');
    expect(() => pickByName(items.slice(2, 3), 'Nope', 'collection', 'here', 'run')).toThrow('No collection here is named “Nope”. Collections here: “Audit”.');
  });
});
