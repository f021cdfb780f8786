import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/contract/specs';
import type { Host } from '../../host/host';
import { HostError } from '../../host/host';
import { fakeHost } from '../../host/fake-host';
import { maxSpecBytes } from '../../../shared/contract/specs';
import { describeImport, describeUndo, importSpecFile } from './import-spec';

const spec = 'openapi: 3.0.0\ninfo: {title: "Café ☕", version: "1"}\npaths: {}\n';
const imported = { spec: { id: 'x' }, replaced: false, changes: { added: [], removed: [] } } as unknown as ImportResult;
const result = (operationCount: number): ImportResult => ({ spec: { title: 'Tiny API', operationCount, version: '1' }, replaced: false, changes: { added: [], removed: [] } }) as unknown as ImportResult;

/** The text the renderer sends to main for a file of these bytes. */
async function sentText(bytes: Uint8Array, name = 'spec.yaml'): Promise<string> {
  const { host, calls } = fakeHost({ 'specs.importText': () => imported });
  await importSpecFile(host, new File([bytes as Uint8Array<ArrayBuffer>], name));
  const [, input] = calls[0] as [string, { text: string }];
  return input.text;
}

describe('importSpecFile', () => {
  it('reads UTF-16 LE and BE with a byte-order mark (PowerShell 5.1 Out-File) and UTF-8 with one', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spec, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(spec, 'utf16le').swap16()]);
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spec)]);
    expect(await sentText(le)).toBe(spec);
    expect(await sentText(be)).toBe(spec);
    expect(await sentText(bom8)).toBe(spec);
    expect(await sentText(Buffer.from(spec))).toBe(spec);
  });

  it('hands the file itself to a host that takes uploads (the web host decodes its bytes), reading nothing here', async () => {
    const { host, calls } = fakeHost({});
    const sent: [Blob, unknown][] = [];
    const uploading: Host = { ...host, uploadSpec: async (file, input) => (sent.push([file, input]), imported) };
    const file = new File([Buffer.from(spec)], 'storage-api.yaml');
    await expect(importSpecFile(uploading, file)).resolves.toBe(imported);
    expect(sent).toEqual([[file, { fileName: 'storage-api.yaml' }]]);
    expect(calls).toEqual([]);
  });

  it('says in words that a UTF-16 file has no byte-order mark, and sends nothing', async () => {
    const { host, calls } = fakeHost({ 'specs.importText': () => imported });
    await expect(importSpecFile(host, new File([Buffer.from(spec, 'utf16le')], 'wide.yaml'))).rejects.toMatchObject({
      error: { code: 'spec_invalid', message: expect.stringMatching(/^This file is saved as UTF-16 text without a byte-order mark/) },
    });
    expect(calls).toEqual([]);
  });
});

describe('import words', () => {
  it('counts endpoints in English: one endpoint, 1,680 endpoints', () => {
    expect(describeImport(result(1))).toBe('Imported Tiny API — 1 endpoint.');
    expect(describeImport(result(1680))).toBe('Imported Tiny API — 1,680 endpoints.');
  });

  it('says what Undo of an update put back, and which edited requests it left alone', () => {
    const spec = result(3).spec;
    expect(describeUndo({ spec, requestsPutBack: 0, editedSince: [] })).toBe(`Put back Tiny API v${spec.version} as it was before the update.`);
    expect(describeUndo({ spec, requestsPutBack: 1, editedSince: [] })).toBe(`Put back Tiny API v${spec.version} as it was before the update. The review's changes to 1 saved request were undone too.`);
    expect(describeUndo({ spec, requestsPutBack: 2, editedSince: ['Gold volumes', 'Hosts'] })).toBe(
      `Put back Tiny API v${spec.version} as it was before the update. The review's changes to 2 saved requests were undone too. “Gold volumes”, “Hosts” were edited after the update, so they stay as they are.`,
    );
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
