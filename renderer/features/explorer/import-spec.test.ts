import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/contract/specs';
import type { Host } from '../../host/host';
import { HostError } from '../../host/host';
import { describeImport, importSpecFile, maxSpecBytes } from './import-spec';

const result = (operationCount: number): ImportResult => ({ spec: { title: 'Tiny API', operationCount, version: '1' }, replaced: false, changes: { added: [], removed: [] } }) as unknown as ImportResult;

describe('import words', () => {
  it('counts endpoints in English: one endpoint, 1,680 endpoints', () => {
    expect(describeImport(result(1))).toBe('Imported Tiny API — 1 endpoint.');
    expect(describeImport(result(1680))).toBe('Imported Tiny API — 1,680 endpoints.');
  });

  it('refuses a file over 100 MB without naming it twice (the caller puts the name first)', async () => {
    const host = { invoke: () => Promise.reject(new Error('must not be called')) } as unknown as Host;
    const file = { name: 'huge.yaml', size: maxSpecBytes + 1024 * 1024, text: () => Promise.resolve('') } as unknown as File;
    const thrown = await importSpecFile(host, file).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(HostError);
    const message = (thrown as HostError).error.message;
    expect(message).toBe('It is 101 MB; Shoreline imports API specs of up to 100 MB.');
    expect(`${file.name}: ${message}`.split('huge.yaml')).toHaveLength(2);
  });
});
