/** A request builder above its response, with safe mode's confirmation: the frame both kinds of request share. */
import type { ReactNode } from 'react';
import { SplitPane } from '../../components/split-pane';
import { ResponsePanel } from '../response';
import { ConfirmSendDialog } from './confirm-send-dialog';
import type { SendState } from './use-send';

/** `builder` on top, the answer of `sender` below. */
export function RequestLayout({ builder, sender }: { builder: ReactNode; sender: SendState }) {
  return (
    <>
      <SplitPane storageKey="shoreline.split" top={builder}
        bottom={<ResponsePanel exchange={sender.exchange} pending={sender.pending} {...(sender.error && { error: sender.error })} onSend={sender.send} onCancel={sender.cancel} />} />
      <ConfirmSendDialog pending={sender.confirm} onConfirm={sender.confirmSend} onCancel={sender.dismissConfirm} />
    </>
  );
}
