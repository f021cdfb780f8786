import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestFromDraft } from '../../../shared/model/operation-draft';
import type { SavedRequest } from '../../../shared/model/request';
import { createDocumentStore } from '../store/document-store';
import { createDraftsService } from './drafts-service';

const draft = (value: string): SavedRequest => requestFromDraft({ method: 'GET', path: '/x', params: [{ name: 'select', in: 'query', enabled: true, value, required: false, isArray: false, style: 'form', explode: false, allowReserved: false }] });

describe('drafts service', () => {
  it('keeps drafts across a new instance and drops the oldest past the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-drafts-'));
    let clock = 0;
    const drafts = createDraftsService(createDocumentStore({ folder: dir, by: 'test' }), () => ++clock, 2);
    drafts.put('s:GET /a', draft('id'));
    drafts.put('s:GET /b', draft('name'));
    drafts.put('s:GET /a', draft('id,name'));
    drafts.put('s:GET /c', draft('x'));
    const again = createDraftsService(createDocumentStore({ folder: dir, by: 'test' }), () => ++clock, 2);
    expect(again.get('s:GET /a')?.query[0]?.value).toBe('id,name');
    expect(again.get('s:GET /b')).toBeNull();
    expect(again.get('s:GET /c')).not.toBeNull();
  });
});

describe('saving while typing', () => {
  it('appends the changed draft only, never rewriting the others, and compacts old lines now and then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-drafts-'));
    let clock = 0;
    const drafts = createDraftsService(createDocumentStore({ folder: dir, by: 'test' }), () => ++clock);
    for (let k = 0; k < 50; k += 1) drafts.put(`s:GET /op${k}`, draft(`value ${k}`));
    const file = join(dir, 'drafts.jsonl');
    const inode = statSync(file).ino;
    let size = statSync(file).size;
    // A user typing in one endpoint: one short line per save, the other 49 drafts untouched.
    for (let i = 0; i < 60; i += 1) {
      drafts.put('s:GET /op7', draft(`typed ${i}`));
      const now = statSync(file);
      expect(now.ino).toBe(inode);
      expect(now.size - size).toBeLessThan(1000);
      size = now.size;
    }
    // Enough superseded lines: the file was compacted to one line per draft.
    for (let i = 60; i < 200; i += 1) drafts.put('s:GET /op7', draft(`typed ${i}`));
    expect(readFileSync(file, 'utf8').trim().split('\n').length).toBeLessThan(50 + 100 + 2);
    const again = createDraftsService(createDocumentStore({ folder: dir, by: 'test' }), () => ++clock);
    expect(again.get('s:GET /op7')?.query[0]?.value).toBe('typed 199');
    expect(again.get('s:GET /op3')?.query[0]?.value).toBe('value 3');
  });
});

