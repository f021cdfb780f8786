/** The request body in Monaco, with the operation's JSON schema attached and "Insert example". */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { exampleFromSchema } from '../../../shared/openapi/example-from-schema';
import type { OperationDetail } from '../../../shared/openapi/types';
import { CodeEditor } from '../../components/code-editor/code-editor';

/** The body editor of `operation`. */
export function BodyTab({ operation, specId, modelKey, body, onChange }: { operation: OperationDetail; specId: string; modelKey?: string; body: string; onChange(body: string): void }) {
  const media = operation.requestBody?.content.find((c) => /json/i.test(c.contentType)) ?? operation.requestBody?.content[0];
  if (!operation.requestBody || !media) {
    return <Typography color="textSecondary" sx={{ p: 2 }}>This endpoint takes no request body.</Typography>;
  }
  const example = media.example ?? media.examples?.find((e) => e.value !== undefined)?.value;
  const insert = () => {
    const value = example ?? (media.schema ? exampleFromSchema(media.schema) : {});
    onChange(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  };
  return (
    <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75 }}>
        <Typography variant="caption" color="textSecondary" sx={{ flex: 1 }}>
          {media.contentType}
          {operation.requestBody.required ? ' · required' : ' · optional'}
          {media.schema ? ' · completion and checks follow the API’s schema (Ctrl+Space for suggestions)' : ''}
        </Typography>
        <Button size="small" variant="outlined" onClick={insert}>{example !== undefined ? 'Insert example' : 'Fill from schema'}</Button>
      </Box>
      <Box sx={{ flex: 1, minHeight: 160, borderTop: 1, borderColor: 'divider' }} data-testid="body-editor">
        <CodeEditor value={body} onChange={onChange} language={/json/i.test(media.contentType) ? 'json' : 'plaintext'} schema={media.schema}
          modelPath={`request-body/${specId}/${modelKey ? `${modelKey}/` : ''}${operation.id.replace(/[^\w]+/g, '-')}.json`} ariaLabel="Request body" />
      </Box>
    </Box>
  );
}
