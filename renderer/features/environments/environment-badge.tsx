/**
 * How an environment is recognised at a glance wherever it appears: a coloured dot by product, a
 * teal "Sandbox" chip for the practice server, a lock when it is read-only.
 */
import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Environment } from '../../../shared/contract/environments';
import { themeColours } from '../../components/theme/colours';

const sandboxTeal = '#0d9488';

const dotColours: Record<Environment['kind'], string> = {
  dscc: '#3b82f6',
  com: '#8b5cf6',
  greenlake: '#01a982',
  spec: '#f59e0b',
  custom: '#94a3b8',
};

/** The dot's colour for `environment`. */
export function environmentColour(environment: Pick<Environment, 'kind' | 'isSandbox'>): string {
  return environment.isSandbox ? sandboxTeal : dotColours[environment.kind];
}

/** A small coloured dot. */
export function EnvironmentDot({ environment }: { environment: Pick<Environment, 'kind' | 'isSandbox'> }) {
  return <Box aria-hidden sx={{ width: 8, height: 8, borderRadius: '50%', flexShrink: 0, bgcolor: environmentColour(environment) }} />;
}

/** The teal "Sandbox" chip. */
export function SandboxChip() {
  return (
    <Chip
      label="Sandbox"
      size="small"
      sx={(theme) => ({
        height: 18,
        fontSize: 11,
        fontWeight: 700,
        color: themeColours(theme).sandbox.text,
        bgcolor: themeColours(theme).sandbox.background,
        '& .MuiChip-label': { px: 0.75 },
      })}
    />
  );
}

/** The read-only lock, with its meaning in a tooltip and for screen readers. */
export function ReadOnlyMark() {
  return (
    <Tooltip title="Read-only: POST, PUT, PATCH and DELETE are blocked">
      <LockOutlined aria-label="Read-only" role="img" sx={{ fontSize: 14, color: 'text.secondary' }} />
    </Tooltip>
  );
}

/**
 * Dot, name, Sandbox chip and lock, in one line. An environment simply called "Sandbox" shows the
 * chip alone, rather than the same word twice.
 */
export function EnvironmentLabel({ environment, bold }: { environment: Environment; bold?: boolean }) {
  const chipOnly = environment.isSandbox && environment.name.trim().toLowerCase() === 'sandbox';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      <EnvironmentDot environment={environment} />
      {!chipOnly && (
        <Typography variant="body2" noWrap sx={{ fontWeight: bold ? 600 : 400, minWidth: 0 }}>
          {environment.name}
        </Typography>
      )}
      {environment.isSandbox && <SandboxChip />}
      {environment.readOnly && <ReadOnlyMark />}
    </Box>
  );
}
