/** The app root: theme (following the OS unless the user chose one) around the shell. */
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import { AnnouncerProvider } from '../components/announcer';
import { NotifierProvider } from '../components/notifier';
import { CollectionsProvider } from '../features/collections';
import { EnvironmentsProvider } from '../features/environments';
import { SpecReviewProvider } from '../features/spec-review';
import { WorkspaceProvider } from '../features/workspace';
import { AppShell } from './app-shell';
import { shorelineTheme } from '../components/theme/shoreline-theme';
import { useSettings } from './use-settings';

/** Shoreline's whole window. */
export function App() {
  const [settings, updateSettings] = useSettings();
  const osDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const choice = settings?.theme ?? 'system';
  const mode = choice === 'system' ? (osDark ? 'dark' : 'light') : choice;
  const theme = useMemo(() => shorelineTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <AnnouncerProvider>
        <NotifierProvider>
          <EnvironmentsProvider>
            <CollectionsProvider>
              <WorkspaceProvider>
                <SpecReviewProvider>
                  <AppShell settings={settings} updateSettings={updateSettings} mode={mode} />
                </SpecReviewProvider>
              </WorkspaceProvider>
            </CollectionsProvider>
          </EnvironmentsProvider>
        </NotifierProvider>
      </AnnouncerProvider>
    </ThemeProvider>
  );
}
