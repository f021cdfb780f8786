import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankRequest } from '../../../shared/model/request';
import type { WorkspaceTab } from '../../../shared/model/workspace';
import { createDocumentStore } from '../store/document-store';
import { createWorkspaceService } from './workspace-service';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'shoreline-workspace-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => createWorkspaceService(createDocumentStore({ folder: dir, by: 'test' }));
const tab = (id: string, over: Partial<WorkspaceTab> = {}): WorkspaceTab => ({ id, source: { kind: 'blank' }, title: 'New request', request: { ...blankRequest(), url: `https://example.com/${id}` }, preview: false, dirty: true, ...over });

describe('the workspace', () => {
  it('starts empty and gives back the tabs, their drafts and the active one after a restart', () => {
    expect(open().get()).toEqual({ tabs: [], activeId: null });
    const tabs = [tab('t-1'), tab('t-2', { source: { kind: 'saved', collectionId: 'c-1', itemId: 'r-1' }, title: 'Get all storage systems', dirty: false, subTab: 'body' })];
    open().save({ tabs, activeId: 't-2' });
    expect(open().get()).toEqual({ tabs, activeId: 't-2' });
  });

  it('makes the first tab active when the active one is not among the tabs', () => {
    open().save({ tabs: [tab('t-1')], activeId: 't-9' });
    expect(open().get().activeId).toBe('t-1');
  });

  it('leaves out a damaged tab and brings the others back, keeping the file as it was', () => {
    open().save({ tabs: [tab('t-1'), tab('t-2')], activeId: 't-2' });
    const file = join(dir, 'workspace.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.data.tabs[1].request.method = 'FETCH';
    writeFileSync(file, JSON.stringify(doc));
    const store = createDocumentStore({ folder: dir, by: 'test' });
    expect(createWorkspaceService(store).get()).toMatchObject({ tabs: [{ id: 't-1' }], activeId: 't-1' });
    expect(store.problems[0]).toMatch(/1 tab in your open tabs/);
    expect(readdirSync(dir).some((f) => f.startsWith('workspace.json.damaged-'))).toBe(true);
  });
});
