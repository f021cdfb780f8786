/** The left sidebar: Explorer, Collections and History, as in Postman and Insomnia, and Watch. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { Suspense, type ReactNode } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { regionProps } from '../components/regions';
import { TabStrip } from '../components/tab-strip';
import { CollectionsPanel } from '../features/collections';
import { ExplorerPanel } from '../features/explorer';
import { HistoryPanel } from '../features/history';
import { WatchPanel, WatchTabLabel } from '../features/watch';
import { useWorkspace } from '../features/workspace';

/** The sidebar tabs, in order. */
export const sidebarTabs: Settings['sidebarTab'][] = ['explorer', 'collections', 'history', 'watch'];
/** The tabs' names in words (the Watch tab's label also carries its count). */
const names: Record<Settings['sidebarTab'], string> = { explorer: 'Explorer', collections: 'Collections', history: 'History', watch: 'Watch' };
const labels: Record<Settings['sidebarTab'], ReactNode> = { explorer: 'Explorer', collections: 'Collections', history: 'History', watch: <WatchTabLabel /> };

/** The sidebar with its tabs; `tab` persists in settings. */
export function Sidebar({ tab, onTab }: { tab: Settings['sidebarTab']; onTab: (tab: Settings['sidebarTab']) => void }) {
  const { reopen } = useWorkspace();
  return (
    <Box component="nav" aria-label="Sidebar" {...regionProps('sidebar')} sx={{ width: 340, flexShrink: 0, display: 'flex', flexDirection: 'column', borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', minHeight: 0 }}>
      <TabStrip
        value={tab}
        onChange={onTab}
        tabs={sidebarTabs.map((t) => ({ value: t, label: labels[t], id: `sidebar-tab-${t}`, controls: `sidebar-panel-${t}` }))}
      />
      <Box role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {tab === 'explorer' && <ExplorerPanel />}
        {/* Collections, History and Watch load when first shown: the first bundle holds the explorer only. */}
        <Suspense fallback={<LinearProgress aria-label={`Opening ${names[tab]}`} />}>
          {tab === 'collections' && <CollectionsPanel />}
          {tab === 'history' && <HistoryPanel onReopen={reopen} />}
          {tab === 'watch' && <WatchPanel />}
        </Suspense>
      </Box>
    </Box>
  );
}
