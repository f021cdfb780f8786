/**
 * The state behind the connections dialog: which connection is open, its working copy, field
 * messages (local zod checks after a save attempt, plus the host's own), and save / duplicate / delete.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientAuth, Connection } from '../../../shared/contract/connections';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf, fieldIssues } from '../../host/app-error';
import { draftFromConnection, isDirty, newDraft, testPlan, toAddInput, toUpdateInput, validateDraft, type ConnectionDraft, type TestPlan } from './connection-draft';

/** `'new'` while adding; a connection id while editing; undefined when nothing is open. */
export type Selection = string | undefined;

/** Everything the dialog needs to render and act. */
export function useConnectionEditor(connections: Connection[] | undefined, reload: () => Promise<void>, initialId: Selection, replaceSecret = false) {
  const host = useHost();
  const [selected, setSelected] = useState<Selection>(initialId);
  const [draft, setDraft] = useState<ConnectionDraft>(newDraft);
  const [base, setBase] = useState<ConnectionDraft>(newDraft);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const [stamp, setStamp] = useState(0);
  const [justAdded, setJustAdded] = useState(false);
  const saved = selected && selected !== 'new' ? connections?.find((c) => c.id === selected) : undefined;

  const show = useCallback((connection: Connection | 'new' | undefined) => {
    const fresh = connection && connection !== 'new' ? draftFromConnection(connection) : newDraft();
    setSelected(connection === 'new' ? 'new' : connection?.id);
    setDraft(fresh);
    setBase(fresh);
    setSubmitted(false);
    setServerErrors({});
    setSaveError(undefined);
    setJustAdded(false);
    setStamp((s) => s + 1);
  }, []);

  const select = useCallback(
    (id: Selection) => show(id === 'new' ? 'new' : connections?.find((c) => c.id === id)),
    [connections, show],
  );

  // Once the list arrives, open the requested connection, else the first one, else a new form.
  const initialised = useRef(false);
  useEffect(() => {
    if (initialised.current || connections === undefined) return;
    initialised.current = true;
    const wanted = initialId === 'new' ? 'new' : connections.find((c) => c.id === initialId) ?? connections[0] ?? 'new';
    show(wanted);
    // Opened from "enter the new one here": the field for the new secret is open and focused.
    if (replaceSecret && wanted !== 'new' && !wanted.builtIn && wanted.kind === 'client-credentials') setDraft((d) => ({ ...d, replacingSecret: true }));
  }, [connections, initialId, replaceSecret, show]);

  const change = useCallback((patch: Partial<ConnectionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in patch))));
    setSaveError(undefined);
    setStamp((s) => s + 1);
  }, []);

  /**
   * Switches how the client id and secret are sent (the token server expects the other way) and
   * returns what to test next: a saved connection under test is updated at once, else the form changes.
   */
  const switchClientAuth = async (next: ClientAuth): Promise<TestPlan> => {
    const plan = testPlan(draft, saved);
    if (saved && 'input' in plan && 'connectionId' in plan.input) {
      const updated = await host.invoke('connections.update', { id: saved.id, clientAuth: next });
      await reload();
      show(updated);
      return { input: { connectionId: updated.id } };
    }
    change({ clientAuth: next });
    return testPlan({ ...draft, clientAuth: next }, saved);
  };

  const fail = (thrown: unknown) => {
    const error = appErrorOf(thrown);
    const fields = fieldIssues(error);
    if (Object.keys(fields).length > 0) setServerErrors(fields);
    else setSaveError(error);
  };

  const save = async () => {
    setSubmitted(true);
    if (Object.keys(validateDraft(draft, saved)).length > 0) return;
    setBusy(true);
    try {
      const result = saved ? await host.invoke('connections.update', toUpdateInput(draft, saved)) : await host.invoke('connections.add', toAddInput(draft));
      await reload();
      show(result);
      setJustAdded(!saved);
    } catch (thrown) {
      fail(thrown);
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async () => {
    if (!saved) return;
    setBusy(true);
    try {
      const copy = await host.invoke('connections.duplicate', { id: saved.id });
      await reload();
      show(copy);
    } catch (thrown) {
      fail(thrown);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!saved) return;
    setBusy(true);
    try {
      await host.invoke('connections.delete', { id: saved.id });
      await reload();
      show(connections?.find((c) => c.id !== saved.id));
    } catch (thrown) {
      fail(thrown);
    } finally {
      setBusy(false);
    }
  };

  const errors = { ...(submitted ? validateDraft(draft, saved) : {}), ...serverErrors };
  const showProblems = (problems: Record<string, string>) => setServerErrors((current) => ({ ...current, ...problems }));
  const dirty = selected !== undefined && !saved?.builtIn && isDirty(draft, base);

  return { selected, saved, draft, dirty, errors, saveError, busy, stamp, justAdded, select, show, change, save, duplicate, remove, showProblems, switchClientAuth };
}

/** The editor's shape, for components that receive it. */
export type ConnectionEditor = ReturnType<typeof useConnectionEditor>;
