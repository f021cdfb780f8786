/** The value box of a parameter row: a picker for enums and booleans, a text box otherwise. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { JsonValue, ParameterInfo } from '../../../shared/openapi/types';
import { monoFont } from '../../components/theme/tokens';

function text(value: JsonValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Edits one parameter's value; array values are typed comma-separated. */
export function ParamValueInput({ param, value, onChange, landing }: { param: ParameterInfo; value: string | string[]; onChange(value: string | string[]): void; landing?: boolean | undefined }) {
  // The first row's box is where the keyboard lands in the request region.
  const land = landing ? { 'data-region-focus': true } : {};
  const shown = Array.isArray(value) ? value.join(',') : value;
  const choices = param.enum?.map(text).filter((v): v is string => v !== undefined) ?? (param.type === 'boolean' ? ['true', 'false'] : undefined);
  const placeholder = text(param.example) ?? text(param.default) ?? text(param.examples?.[0]?.value) ?? (param.isArray ? 'a,b,c' : '');
  const set = (next: string) => onChange(param.isArray ? next.split(',').map((v) => v.trim()).filter(Boolean) : next);
  if (choices && !param.isArray) {
    return (
      <TextField select size="small" fullWidth value={shown} onChange={(e) => set(e.target.value)} slotProps={{ htmlInput: { 'aria-label': `${param.name} value` }, select: { SelectDisplayProps: land as React.HTMLAttributes<HTMLDivElement> } }}>
        <MenuItem value=""><em>Not set</em></MenuItem>
        {choices.map((choice) => (
          <MenuItem key={choice} value={choice}>{choice}</MenuItem>
        ))}
      </TextField>
    );
  }
  return (
    <TextField size="small" fullWidth value={shown} placeholder={placeholder} onChange={(e) => set(e.target.value)}
      slotProps={{ htmlInput: { 'aria-label': `${param.name} value`, spellCheck: false, style: { fontFamily: monoFont, fontSize: 13 }, ...land } }} />
  );
}
