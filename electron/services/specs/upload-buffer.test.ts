import { describe, expect, it } from 'vitest';
import { createUploadBuffer } from './upload-buffer';

describe('upload buffer', () => {
  it('joins the pieces of an upload and forgets it afterwards', () => {
    const buffer = createUploadBuffer();
    const id = buffer.begin('big.yaml', 6);
    buffer.append(id, 'abc');
    buffer.append(id, 'def');
    expect(buffer.finish(id)).toEqual({ text: 'abcdef', fileName: 'big.yaml' });
    expect(() => buffer.finish(id)).toThrow('interrupted');
  });
  it('refuses more than the cap, declared or sent', () => {
    const buffer = createUploadBuffer(5);
    expect(() => buffer.begin('huge.json', 6)).toThrow('100 MB');
    const id = buffer.begin('sneaky.json', 1);
    buffer.append(id, 'abc');
    expect(() => buffer.append(id, 'def')).toThrow('100 MB');
    expect(() => buffer.finish(id)).toThrow('interrupted');
  });
});
