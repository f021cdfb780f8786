/** Draws the app into `root` for `host`: loaded by main.tsx once the first screen's questions are on their way. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Host } from '../host/host';
import { HostProvider } from '../host/host-context';
import { App } from './app';

/** Renders Shoreline's window. */
export function startApp(root: HTMLElement, host: Host): void {
  // As a transition the first render yields to the browser every few milliseconds: no boot task of
  // hundreds of milliseconds, and the window stays responsive while the shell and the tree appear.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <HostProvider host={host}>
          <App />
        </HostProvider>
      </StrictMode>,
    ),
  );
}
