/**
 * The Watch button beside Send: opens the watch dialog for the request as the tab would send it now
 * (a saved request keeps its collection's and folders' settings). Only GET and HEAD can be watched;
 * for any other method the button says why instead.
 */
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import type { SendRequest } from '../../../shared/contract/http';
import type { WatchDialogTarget } from './watch-dialog';
import { WatchDialogHost } from './watch-dialog-host';
import { watchableMethod, watchOriginOf, watchRequestOf } from './watch-request';

interface WatchButtonProps {
  /** The tab's method now. */
  method: string;
  /** The request as the tab would send it now; undefined while it is not ready. */
  request: () => SendRequest | undefined;
  /** The tab: its title names the watch, its source says what it watches. */
  tab: { id: string; title: string; source: { kind: string; itemId?: string } };
}

/** The Watch button and its dialog. */
export function WatchButton({ method, request, tab }: WatchButtonProps) {
  const [target, setTarget] = useState<WatchDialogTarget>();
  const allowed = watchableMethod(method);
  const open = () => {
    const send = request();
    const watched = send && watchRequestOf(send);
    if (!watched) return;
    setTarget({ kind: 'start', request: watched, name: tab.title, origin: watchOriginOf(tab) });
  };
  const button = (
    <Button size="small" startIcon={<VisibilityOutlined fontSize="small" />} onClick={open} disabled={!allowed} data-testid="watch-button">
      Watch
    </Button>
  );
  return (
    <>
      {allowed ? (
        <Tooltip describeChild title="Check this request every few seconds and show only what is new">{button}</Tooltip>
      ) : (
        <Tooltip describeChild title={`Only GET and HEAD requests can be watched: repeating a ${method} would change something each time.`}>
          <span>{button}</span>
        </Tooltip>
      )}
      {target && <WatchDialogHost target={target} onClose={() => setTarget(undefined)} />}
    </>
  );
}
