/**
 * What the request area shows before an endpoint is chosen: the three steps to a first request, each
 * a card with its action — add a connection, import an API (or the Sandbox's), and open the suggested
 * first request ("Get all storage systems") once there is one.
 */
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useHostQuery } from '../../host/use-host-query';
import { regionProps } from '../../components/regions';
import { VisuallyHidden } from '../../components/visually-hidden';
import { runWindowCommand } from '../../components/window-commands';
import { useActiveEnvironment } from '../environments';
import { useWorkspace } from '../workspace';
import { suggestFirstRequest } from './first-request';

function StepCard({ step, title, done, children, actions, testId }: { step: number; title: string; done?: boolean; children: ReactNode; actions: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`${testId}-title`} data-testid={testId} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Box aria-hidden sx={{ width: 28, height: 28, borderRadius: '50%', bgcolor: 'primary.main', color: 'primary.contrastText', display: 'grid', placeItems: 'center', fontWeight: 700, flexShrink: 0 }}>
          {step}
        </Box>
        <Typography variant="subtitle2" component="h3" id={`${testId}-title`} sx={{ flex: 1 }}>
          <VisuallyHidden>Step {step}: </VisuallyHidden>
          {title}
        </Typography>
        {done && <CheckCircleOutlined color="success" fontSize="small" aria-label="Done" role="img" />}
      </Box>
      <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
        {children}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>{actions}</Box>
    </Paper>
  );
}

/** The request area's first-run guide. */
export function WelcomePanel() {
  const { openOperation } = useWorkspace();
  const environment = useActiveEnvironment();
  const { data: specs } = useHostQuery('specs.tree', {}, { refreshOn: ['specs.changed'] });
  const onSandbox = environment?.isSandbox === true;
  const imported = (specs?.length ?? 0) > 0;
  const first = specs && suggestFirstRequest(specs);
  const firstName = first?.operation.summary ?? first?.operation.operationId ?? first?.operation.path;
  const importFile = () => {
    runWindowCommand('showSidebarTab', { tab: 'explorer' });
    runWindowCommand('importSpecFile', {});
  };
  const importSandbox = () => {
    runWindowCommand('showSidebarTab', { tab: 'explorer' });
    runWindowCommand('importSandboxSpec', {});
  };

  return (
    <Box data-testid="welcome" component="section" aria-label="Getting started" {...regionProps('request')} sx={{ height: '100%', overflow: 'auto', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>
      <Box sx={{ maxWidth: 820 }}>
        <Typography variant="h5" component="h2" sx={{ fontWeight: 700, mb: 0.5 }}>
          Explore your HPE GreenLake APIs
        </Typography>
        <Typography color="textSecondary" sx={{ mb: 3 }}>
          No scripts, no tokens to copy. Three steps to your first answer:
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
          <StepCard step={1} title="Connect" testId="welcome-connect" done={environment?.connectionId !== undefined}
            actions={<Button variant="outlined" size="small" onClick={() => runWindowCommand('openConnections', { id: 'new' })}>Add your API client</Button>}>
            {onSandbox
              ? 'You are connected to the Sandbox, a practice GreenLake on this computer: no account needed. Add your own API client when you are ready; its secret goes to your system keychain.'
              : 'Add your GreenLake API client once. The secret goes to your system keychain, and Shoreline fetches and renews tokens for you.'}
          </StepCard>
          <StepCard step={2} title="Import an API" testId="welcome-import" done={imported}
            actions={
              <>
                {onSandbox && <Button variant={imported ? 'outlined' : 'contained'} size="small" onClick={importSandbox}>Explore the Sandbox API</Button>}
                <Button variant="outlined" size="small" onClick={importFile}>Import a file…</Button>
              </>
            }>
            {imported
              ? `${specs!.length === 1 ? 'One API is' : `${specs!.length} APIs are`} in the Explorer. Import more at any time, or drop files on the Explorer.`
              : 'Import an OpenAPI file such as storage-api.yaml, or start with the Sandbox’s own API. Its endpoints appear in the Explorer, searchable.'}
          </StepCard>
          <StepCard step={3} title="Send a request" testId="welcome-send"
            actions={
              first ? (
                <Button variant="contained" size="small" onClick={() => openOperation(first.specId, first.operation.id)}>
                  Open “{firstName}”
                </Button>
              ) : undefined
            }>
            {first
              ? `Start with “${firstName}”: tick select and sort with their helpers, press Send, and read the answer as a table.`
              : 'Once an API is imported, its best first request appears here: pick it, tick the parameters you want, press Send, and read the answer as a table.'}
          </StepCard>
        </Box>
      </Box>
    </Box>
  );
}
