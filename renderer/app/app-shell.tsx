/** The window's frame: header, sidebar, work area and status bar. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { useHost } from '../host/host-context';
import { useHostQuery } from '../host/use-host-query';
import { useAfterFirstPaint } from '../components/hooks/use-after-first-paint';
import { focusRegion, focusRegionWhenReady } from '../components/regions';
import { useWindowCommand } from '../components/window-commands';
import { ConnectionBar } from '../features/connections';
import { RequestArea } from '../features/request';
import { WatchNotifier } from '../features/watch';
import { Sidebar, sidebarTabs } from './sidebar';
import { StatusBar } from './status-bar';
import { useShortcuts } from './use-shortcuts';

/** The header's theme and help buttons, loaded with the work area after the first frame. */
const HeaderControls = lazy(() => import('./header-controls').then((m) => ({ default: m.HeaderControls })));

/** The keyboard help, loaded when first asked for. */
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })));

interface AppShellProps {
  settings: Settings | undefined;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  mode: 'light' | 'dark';
}

/** The whole window layout. */
export function AppShell({ settings, updateSettings, mode }: AppShellProps) {
  const host = useHost();
  const { data: info, error } = useHostQuery('app.info', {});
  const [helpOpen, setHelpOpen] = useState(false);
  const tab = settings?.sidebarTab ?? 'explorer';
  // The first frame holds the shell and the sidebar only; the work area and the connection bar follow it.
  const painted = useAfterFirstPaint();

  useEffect(() => host.on('app.menuAction', ({ action }) => action === 'shortcuts' && setHelpOpen(true)), [host]);
  const actions = useMemo(
    () => ({
      showHelp: () => setHelpOpen(true),
      showTab: (index: number) => void updateSettings({ sidebarTab: sidebarTabs[index] ?? 'explorer' }),
      toggleTheme: () => void updateSettings({ theme: mode === 'dark' ? 'light' : 'dark' }),
      focusSearch: () => {
        if (tab === 'explorer') return void focusRegion('sidebar');
        focusRegionWhenReady('sidebar');
        void updateSettings({ sidebarTab: 'explorer' });
      },
    }),
    [updateSettings, mode, tab],
  );
  useShortcuts(actions);
  useWindowCommand('showSidebarTab', ({ tab: sidebarTab }) => void updateSettings({ sidebarTab }));

  return (
    <Box data-testid="app-shell" data-theme-mode={mode} sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ height: 48, px: 2, display: 'flex', alignItems: 'center', gap: 1.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <Box component="img" src="./icon.svg" alt="" sx={{ width: 24, height: 24 }} />
        <Typography variant="h6" component="h1" sx={{ letterSpacing: 0.2 }}>
          Shoreline
        </Typography>
        <Box sx={{ flex: 1 }} />
        {/* The header's controls come with the work area, after the first frame: their tooltips register with a
            state update as they mount, which made the window's first commit render twice. */}
        {painted && (
          <Suspense fallback={null}>
            <ConnectionBar />
            <HeaderControls
              theme={settings?.theme ?? 'system'}
              onTheme={(theme) => void updateSettings({ theme })}
              autoUpdate={info?.capabilities.selfUpdate ? { on: settings?.autoUpdate ?? true, onChange: (autoUpdate) => void updateSettings({ autoUpdate }) } : undefined}
              onHelp={() => setHelpOpen(true)}
            />
          </Suspense>
        )}
      </Box>
      {error && (
        <Alert severity="error" sx={{ borderRadius: 0 }}>
          {error.message}
        </Alert>
      )}
      {info?.startupProblems.map((problem) => (
        <Alert key={problem} severity="warning" sx={{ borderRadius: 0 }}>
          {problem}
        </Alert>
      ))}
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Sidebar tab={tab} onTab={(sidebarTab) => void updateSettings({ sidebarTab })} />
        <Box component="main" sx={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', bgcolor: 'background.paper' }}>
          {/* The work area loads just after the shell and the explorer are on screen. */}
          <Suspense fallback={null}>{painted && <RequestArea />}</Suspense>
        </Box>
      </Box>
      <StatusBar info={info} />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <WatchNotifier />
    </Box>
  );
}
