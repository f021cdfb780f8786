/** The renderer's entry: choose the host once, then render the app. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { chooseHost } from './host/choose-host';
import { HostProvider } from './host/host-context';

const root = document.getElementById('root');
if (root) {
  const host = chooseHost();
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
