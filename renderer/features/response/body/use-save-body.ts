/** "Save to file" for a body kept in main, with its progress and outcome in words. */
import { useCallback, useState } from 'react';
import { HostError } from '../../../host/host';
import { useHost } from '../../../host/host-context';
import { saveBody, savedWords } from './save-body';

/** Saving state and the function that saves. */
export function useSaveBody(): { save: (id: string, fileName: string, mediaType: string) => void; saving: boolean; message?: string } {
  const host = useHost();
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string>();
  const save = useCallback(
    (id: string, fileName: string, mediaType: string) => {
      setSaving(true);
      setMessage(undefined);
      saveBody(host, id, fileName, mediaType)
        .then((outcome) => setMessage(savedWords(outcome)))
        .catch((error: unknown) => setMessage(error instanceof HostError ? `Not saved: ${error.error.message}` : 'Not saved: the file could not be written.'))
        .finally(() => setSaving(false));
    },
    [host],
  );
  return { save, saving, message };
}
