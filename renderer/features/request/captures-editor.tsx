/**
 * Captures: "after a 2xx, save `items[0].id` as `DeviceId`" — what Shoreline does instead of running
 * a script's `pm.collectionVariables.set(...)`. Each rule names the variable, where the value is read
 * (the body at a path, a header, the status) and where it is saved; the last answer says what each did.
 */
import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import NativeSelect from '@mui/material/NativeSelect';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CaptureOutcome } from '../../../shared/model/capture';
import { isValidVariableName } from '../../../shared/model/variables';
import type { Capture } from '../../../shared/model/request';
import { monoFont } from '../../components/theme/tokens';

const columns = '40px minmax(110px, 1fr) 100px minmax(140px, 1.5fr) 120px minmax(120px, 1.5fr) 36px';
const input = { fontFamily: monoFont, fontSize: 13, px: 1, py: 0.5, width: '100%', '&.Mui-focused': { outline: '2px solid', outlineColor: 'primary.main', borderRadius: 1 } };

/** A variable name box: only a name that can be a variable reaches the request (so it can always be saved and sent). */
function VariableField({ value, label, onChange }: { value: string; label: string; onChange(name: string): void }) {
  const [text, setText] = useState(value);
  const valid = isValidVariableName(text);
  return (
    <InputBase
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (isValidVariableName(e.target.value)) onChange(e.target.value);
      }}
      error={!valid}
      title={valid ? undefined : 'A variable name starts with a letter or _ and has only letters, digits, _, . or -.'}
      sx={{ ...input, ...(!valid && { outline: '2px solid', outlineColor: 'error.main', borderRadius: 1 }) }}
      inputProps={{ 'aria-label': label, 'aria-invalid': !valid, spellCheck: false }}
    />
  );
}

/** The captures of a request, editable, with what the last answer saved. */
export function CapturesEditor({ captures, outcomes, onChange }: { captures: Capture[]; outcomes?: readonly CaptureOutcome[] | undefined; onChange(captures: Capture[]): void }) {
  const set = (index: number, patch: Partial<Capture>) => onChange(captures.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const outcomeOf = (capture: Capture) => outcomes?.find((o) => o.variable === capture.variable && o.scope === capture.scope);
  return (
    <Box sx={{ pb: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ px: 2, pb: 0.5 }}>After a 2xx answer, save</Typography>
      {captures.length > 0 && (
        <Box role="table" aria-label="Captures" data-testid="captures" sx={{ px: 1.5 }}>
          <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, borderBottom: 1, borderColor: 'divider', '& > *': { py: 0.5, px: 1, typography: 'caption', color: 'text.secondary', fontWeight: 600 } }}>
            <Box role="columnheader">Use</Box>
            <Box role="columnheader">Variable</Box>
            <Box role="columnheader">From</Box>
            <Box role="columnheader">Path or header</Box>
            <Box role="columnheader">Into</Box>
            <Box role="columnheader">Last answer</Box>
            <Box role="columnheader"><Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Remove</Box></Box>
          </Box>
          {captures.map((capture, index) => {
            const outcome = outcomeOf(capture);
            const name = capture.variable || `capture ${index + 1}`;
            return (
              <Box role="row" key={index} sx={{ display: 'grid', gridTemplateColumns: columns, alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}>
                <Box role="cell"><Checkbox size="small" checked={capture.enabled} onChange={(e) => set(index, { enabled: e.target.checked })} slotProps={{ input: { 'aria-label': `Use ${name}` } }} /></Box>
                <Box role="cell"><VariableField value={capture.variable} label={`Capture ${index + 1} variable`} onChange={(variable) => set(index, { variable })} /></Box>
                <Box role="cell">
                  <NativeSelect value={capture.source} onChange={(e) => set(index, { source: e.target.value as Capture['source'] })} inputProps={{ 'aria-label': `${name} from` }} sx={{ fontSize: 13 }}>
                    <option value="body">body</option>
                    <option value="header">header</option>
                    <option value="status">status</option>
                  </NativeSelect>
                </Box>
                <Box role="cell"><InputBase value={capture.path} disabled={capture.source === 'status'} placeholder={capture.source === 'header' ? 'Location' : 'items[0].id'} onChange={(e) => set(index, { path: e.target.value })} sx={input} inputProps={{ 'aria-label': `${name} path`, spellCheck: false }} /></Box>
                <Box role="cell">
                  <NativeSelect value={capture.scope} onChange={(e) => set(index, { scope: e.target.value as Capture['scope'] })} inputProps={{ 'aria-label': `${name} into` }} sx={{ fontSize: 13 }}>
                    <option value="collection">collection</option>
                    <option value="environment">environment</option>
                    <option value="global">globals</option>
                  </NativeSelect>
                </Box>
                <Box role="cell" sx={{ px: 1, typography: 'caption', color: outcome?.problem ? 'error.main' : 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis' }} title={outcome?.problem ?? outcome?.value}>
                  {outcome ? (outcome.problem ?? `saved ${outcome.value}`) : '—'}
                </Box>
                <Box role="cell"><IconButton size="small" aria-label={`Remove ${name}`} onClick={() => onChange(captures.filter((_c, i) => i !== index))}><CloseOutlined fontSize="small" /></IconButton></Box>
              </Box>
            );
          })}
        </Box>
      )}
      <Button size="small" startIcon={<AddOutlined />} sx={{ mx: 1.5, mt: 0.5 }}
        onClick={() => onChange([...captures, { variable: `value${captures.length + 1}`, source: 'body', path: 'items[0].id', scope: 'collection', enabled: true }])}>
        Add capture
      </Button>
    </Box>
  );
}
