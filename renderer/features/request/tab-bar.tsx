/**
 * The strip of open requests above the builder: one tab each, the active one marked; a preview
 * tab's title is in italics (the next single click in a sidebar replaces it), a dot marks unsaved
 * changes. A double click keeps a preview tab; the middle button or the × closes. The tabs are one
 * Tab stop with ←/→ between them (the ARIA tabs pattern); Delete closes the focused one.
 */
import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import { MethodBadge } from '../../components/method-badge';
import { isMac } from '../../components/platform';
import { VisuallyHidden } from '../../components/visually-hidden';
import { useWorkspace, type OpenTab } from '../workspace';

const mod = isMac ? '⌘' : 'Ctrl';

/** What a tab says about itself to a screen reader beyond its title. */
function stateWords(tab: OpenTab): string {
  return [tab.preview ? 'preview' : '', tab.dirty ? 'unsaved changes' : ''].filter(Boolean).join(', ');
}

/** The tab strip; `onClose` asks first where a tab has unsaved changes. */
export function TabBar({ onClose }: { onClose(tab: OpenTab): void }) {
  const { tabs, active, activate, pin, openBlank, saved } = useWorkspace();
  return (
    <Box data-testid="tab-bar" data-saved={saved} sx={{ display: 'flex', alignItems: 'stretch', borderBottom: 1, borderColor: 'divider', bgcolor: 'background.default', minHeight: 38 }}>
      {tabs.length > 0 && (
        <Tabs
          value={active?.id ?? false}
          onChange={(_e, id: string) => activate(id)}
          variant="scrollable"
          scrollButtons="auto"
          aria-label="Open requests"
          sx={{ minHeight: 38, flex: '0 1 auto', minWidth: 0, '& .MuiTabs-indicator': { height: 2 } }}
        >
          {tabs.map((tab) => (
            <Tab
              key={tab.id}
              value={tab.id}
              id={`request-tab-${tab.id}`}
              aria-controls="request-tabpanel"
              data-testid="request-tab"
              data-tab-id={tab.id}
              data-preview={tab.preview}
              data-dirty={tab.dirty}
              onDoubleClick={() => pin(tab.id)}
              onAuxClick={(e) => {
                if (e.button !== 1) return;
                e.preventDefault();
                onClose(tab);
              }}
              onKeyDown={(e) => {
                if (e.key !== 'Delete') return;
                e.preventDefault();
                onClose(tab);
              }}
              title={tab.source.kind === 'operation' && tab.preview ? `${tab.title} — preview: double-click to keep it open` : tab.title}
              sx={{ minHeight: 38, py: 0, px: 1.25, textTransform: 'none', maxWidth: 240, borderRight: 1, borderColor: 'divider', '&.Mui-selected': { bgcolor: 'background.paper' } }}
              label={
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0, maxWidth: '100%' }}>
                  <MethodBadge method={tab.request.method} />
                  <Box component="span" data-testid="request-tab-title" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontStyle: tab.preview ? 'italic' : 'normal', fontSize: 13 }}>
                    {tab.title}
                  </Box>
                  {stateWords(tab) && <VisuallyHidden>({stateWords(tab)})</VisuallyHidden>}
                  <Box
                    component="span"
                    aria-hidden
                    data-testid="request-tab-close"
                    onClick={(e) => {
                      e.stopPropagation();
                      onClose(tab);
                    }}
                    sx={{ display: 'grid', placeItems: 'center', width: 18, height: 18, borderRadius: '50%', flexShrink: 0, color: 'text.secondary', '&:hover': { bgcolor: 'action.hover' },
                      '& .dot': { display: tab.dirty ? 'block' : 'none' }, '& .x': { display: tab.dirty ? 'none' : 'block' }, '&:hover .dot': { display: 'none' }, '&:hover .x': { display: 'block' } }}
                  >
                    <Box className="dot" data-testid="unsaved-dot" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'text.primary' }} />
                    <CloseOutlined className="x" sx={{ fontSize: 14 }} />
                  </Box>
                </Box>
              }
            />
          ))}
        </Tabs>
      )}
      <Tooltip title={`New request (${mod} N)`}>
        <IconButton aria-label="New request" size="small" onClick={openBlank} sx={{ alignSelf: 'center', mx: 0.5 }}>
          <AddOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
