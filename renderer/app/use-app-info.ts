/** Facts about the running app, loaded once. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import type { AppError } from '../../shared/errors';
import { HostError } from '../host/host';
import { useHost } from '../host/host-context';

/** The app info, or the error that kept it from loading (for example a lost web-host token). */
export function useAppInfo(): { info?: AppInfo; error?: AppError } {
  const host = useHost();
  const [state, setState] = useState<{ info?: AppInfo; error?: AppError }>({});
  useEffect(() => {
    host.invoke('app.info', {}).then(
      (info) => setState({ info }),
      (e: unknown) => setState({ error: e instanceof HostError ? e.error : { code: 'internal', message: String(e) } }),
    );
  }, [host]);
  return state;
}
