/** The left sidebar: Explorer, Collections and History, as in Postman and Insomnia, and Watch. */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Suspense, type ReactNode } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { regionProps } from '../components/regions';
import { CollectionsPanel } from '../features/collections';
import { ExplorerPanel } from '../features/explorer';
import { HistoryPanel } from '../features/history';
import { WatchPanel, WatchTabLabel } from '../features/watch';
import { useWorkspace } from '../features/workspace';

/** The sidebar tabs, in order. */
export const sidebarTabs: Settings['sidebarTab'][] = ['explorer', 'collections', 'history', 'watch'];
const labels: Record<Settings['sidebarTab'], ReactNode> = { explorer: 'Explorer', collections: 'Collections', history: 'History', watch: <WatchTabLabel /> };

/** The sidebar with its tabs; `tab` persists in settings. */
export function Sidebar({ tab, onTab }: { tab: Settings['sidebarTab']; onTab: (tab: Settings['sidebarTab']) => void }) {
  const { reopen } = useWorkspace();
  return (
    <Box component="nav" aria-label="Sidebar" {...regionProps('sidebar')} sx={{ width: 340, flexShrink: 0, display: 'flex', flexDirection: 'column', borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', minHeight: 0 }}>
      <Tabs value={tab} onChange={(_e, value: Settings['sidebarTab']) => onTab(value)} variant="fullWidth" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        {sidebarTabs.map((t) => (
          <Tab key={t} value={t} label={labels[t]} id={`sidebar-tab-${t}`} aria-controls={`sidebar-panel-${t}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {tab === 'explorer' && <ExplorerPanel />}
        {tab === 'collections' && <CollectionsPanel />}
        {tab === 'history' && <HistoryPanel onReopen={reopen} />}
        {tab === 'watch' && (
          <Suspense fallback={null}>
            <WatchPanel />
          </Suspense>
        )}
      </Box>
    </Box>
  );
}
