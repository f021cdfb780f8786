/** A request builder above its response, with safe mode's confirmation: the frame both kinds of request share. */
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { regionProps } from '../../components/regions';
import { SplitPane } from '../../components/split-pane';
import { ResponsePanel } from '../response';
import { ConfirmSendDialog } from './confirm-send-dialog';
import type { SendState } from './use-send';

/** `builder` on top, the answer of `sender` below. */
export function RequestLayout({ builder, sender }: { builder: ReactNode; sender: SendState }) {
  return (
    <>
      {/* 0.62: the five parameters of a typical list endpoint fit above the answer at 1440 × 900, under the tab strip. */}
      <SplitPane storageKey="shoreline.split" initial={0.62}
        top={<Box component="section" aria-label="Request" {...regionProps('request')} sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>{builder}</Box>}
        bottom={<ResponsePanel exchange={sender.exchange} pending={sender.pending} {...(sender.error && { error: sender.error })} onSend={sender.send} onCancel={sender.cancel} />} />
      <ConfirmSendDialog pending={sender.confirm} onConfirm={sender.confirmSend} onCancel={sender.dismissConfirm} />
    </>
  );
}
