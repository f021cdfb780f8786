import { describe, expect, it } from 'vitest';
import { baseNameFromUrl, bodyFileName, csvFileName, dispositionFileName } from './file-names';

describe('csvFileName', () => {
  it('names the file after the collection in the path', () => {
    expect(csvFileName('https://eu1.data.cloud.hpe.com/api/v1/storage-systems?limit=10')).toBe('storage-systems.csv');
    expect(csvFileName('{{baseUrl}}/compute-ops/v1beta2/servers')).toBe('servers.csv');
    expect(csvFileName('{{baseUrl}}/audit-log/v1/logs#x')).toBe('logs.csv');
  });
  it('keeps an id after its collection and falls back to "response"', () => {
    expect(baseNameFromUrl('https://h/api/v1/volumes/7b2c9f4e1a2b3c4d5e6f')).toBe('volumes-7b2c9f4e1a2b');
    expect(baseNameFromUrl('https://h/')).toBe('response');
    expect(baseNameFromUrl('{{baseUrl}}')).toBe('response');
  });
  it('removes characters no file system accepts', () => {
    expect(baseNameFromUrl('https://h/a/b%3Ac%2A')).toBe('b-c');
  });
});

describe('bodyFileName', () => {
  it('prefers the server’s Content-Disposition name', () => {
    const headers = [{ name: 'Content-Disposition', value: 'attachment; filename="report 2024.pdf"' }];
    expect(bodyFileName('https://h/x', headers, 'application/pdf')).toBe('report 2024.pdf');
    expect(dispositionFileName([{ name: 'content-disposition', value: "attachment; filename*=UTF-8''caf%C3%A9.zip" }])).toBe('café.zip');
  });
  it('adds an extension for the media type', () => {
    expect(bodyFileName('https://h/api/v1/support-bundle', [], 'application/zip')).toBe('support-bundle.zip');
    expect(bodyFileName('https://h/api/v1/volumes', [], 'application/json; charset=utf-8')).toBe('volumes.json');
    expect(bodyFileName('https://h/files/log.txt', [], 'application/octet-stream')).toBe('log.txt');
    expect(bodyFileName('https://h/blob', [], 'application/octet-stream')).toBe('blob.bin');
  });
});
