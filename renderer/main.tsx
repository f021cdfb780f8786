/** The renderer's entry: choose the host once, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { chooseHost } from './host/choose-host';
import { HostProvider } from './host/host-context';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HostProvider host={chooseHost()}>
        <App />
      </HostProvider>
    </StrictMode>,
  );
}
