/**
 * The state behind the environments dialog: the open environment, its working copy and problems,
 * and create (from a preset or blank) / save / duplicate / delete / make active.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Connection } from '../../../shared/contract/connections';
import type { Environment } from '../../../shared/contract/environments';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf, fieldIssues } from '../../host/app-error';
import { draftFromEnvironment, isEnvironmentDirty, isValid, toEnvironmentUpdate, validateEnvironment, type EnvironmentDraft } from './environment-draft';

/** The connection a new environment starts linked to: the newest one the user added, if any. */
export function defaultConnectionId(connections: Connection[] | undefined): string | undefined {
  const own = (connections ?? []).filter((c) => !c.builtIn);
  return own.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.id;
}

/** Everything the environments dialog needs. */
export function useEnvironmentEditor(environments: Environment[] | undefined, reload: () => Promise<void>, connections: Connection[] | undefined, initialId: string | undefined, linkTo?: string) {
  const host = useHost();
  const [selected, setSelected] = useState<string>();
  const [draft, setDraft] = useState<EnvironmentDraft>();
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const saved = environments?.find((e) => e.id === selected);

  const show = useCallback((environment: Environment | undefined) => {
    setSelected(environment?.id);
    setDraft(environment && draftFromEnvironment(environment));
    setSubmitted(false);
    setServerErrors({});
    setError(undefined);
  }, []);

  const initialised = useRef(false);
  useEffect(() => {
    if (initialised.current || environments === undefined) return;
    initialised.current = true;
    // Setting up an environment for a connection starts from nothing chosen: the next step is picking a region.
    show(linkTo ? undefined : (environments.find((e) => e.id === initialId) ?? environments[0]));
  }, [environments, initialId, linkTo, show]);

  const select = (id: string) => show(environments?.find((e) => e.id === id));
  const change = (patch: Partial<EnvironmentDraft>) => {
    setDraft((d) => d && { ...d, ...patch });
    setServerErrors({});
    setError(undefined);
  };

  const run = async (action: () => Promise<Environment | undefined>, after?: (result: Environment | undefined) => void) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await action();
      await reload();
      after?.(result);
    } catch (thrown) {
      const failure = appErrorOf(thrown);
      const fields = fieldIssues(failure);
      if (Object.keys(fields).length > 0) setServerErrors(fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const problems = draft ? validateEnvironment(draft) : { rows: {} };
  const save = () => {
    setSubmitted(true);
    if (!saved || !draft || !isValid(problems)) return Promise.resolve();
    return run(() => host.invoke('environments.update', toEnvironmentUpdate(draft, saved)), show);
  };
  const create = (presetId: string | undefined) => {
    const connectionId = linkTo ?? defaultConnectionId(connections);
    const input = presetId ? { presetId } : { name: 'New environment', kind: 'custom' as const };
    return run(() => host.invoke('environments.create', { ...input, ...(connectionId && { connectionId }) }), show);
  };
  const duplicate = () => (saved ? run(() => host.invoke('environments.duplicate', { id: saved.id }), show) : Promise.resolve());
  const remove = () => {
    if (!saved) return Promise.resolve();
    const next = environments?.find((e) => e.id !== saved.id);
    return run(async () => (await host.invoke('environments.delete', { id: saved.id }), undefined), () => show(next));
  };
  const activate = () => (saved ? run(() => host.invoke('environments.setActive', { id: saved.id }).then(() => undefined)) : Promise.resolve());

  const dirty = saved !== undefined && draft !== undefined && !saved.builtIn && isEnvironmentDirty(draft, saved);
  const shown = submitted ? problems : { rows: {} };
  const visibleProblems = { name: serverErrors.name ?? shown.name, rows: shown.rows, variables: serverErrors.variables, other: serverErrors[''] };

  return { selected, saved, draft, dirty, problems: visibleProblems, error, busy, select, show, change, save, create, duplicate, remove, activate };
}

/** The editor's shape, for components that receive it. */
export type EnvironmentEditor = ReturnType<typeof useEnvironmentEditor>;
