import { describe, expect, it } from 'vitest';
import { commands, events } from './index';
import { commandNameList, eventNameList, isListedCommand, isListedEvent } from './names';

describe('zod-free name lists', () => {
  it('list every command and event of the contract once', () => {
    expect([...commandNameList].sort()).toEqual(Object.keys(commands).sort());
    expect([...eventNameList].sort()).toEqual(Object.keys(events).sort());
    expect(new Set(commandNameList).size).toBe(commandNameList.length);
    expect(new Set(eventNameList).size).toBe(eventNameList.length);
  });

  it('refuse anything that is not a declared name, prototype keys included', () => {
    expect(isListedCommand('settings.get')).toBe(true);
    expect(isListedEvent('settings.changed')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'settings.changed', '', 42, undefined]) {
      expect(isListedCommand(name)).toBe(false);
    }
    expect(isListedEvent('settings.get')).toBe(false);
    expect(isListedEvent('hasOwnProperty')).toBe(false);
  });
});
