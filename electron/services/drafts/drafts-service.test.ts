import { mkdtempSync } from 'node:fs';
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
