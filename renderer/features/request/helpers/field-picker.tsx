/** A field-name box that suggests the answer's fields but accepts any name. */
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { ItemField } from './use-item-fields';

/** Picks or types a field name. */
export function FieldPicker({ fields, value, onChange, label = 'Field', allowed, autoFocus }: { fields: ItemField[]; value: string; onChange(value: string): void; label?: string; allowed?: string[] | undefined; autoFocus?: boolean }) {
  const options = (allowed ?? fields.map((f) => f.path));
  return (
    <Autocomplete
      freeSolo
      size="small"
      options={options}
      value={value}
      onInputChange={(_e, text) => onChange(text)}
      sx={{ flex: 1, minWidth: 150 }}
      renderInput={(params) => <TextField {...params} label={label} autoFocus={autoFocus} />}
    />
  );
}
