/**
 * Export as Postman v2.1 from a collection's menu: main writes the file's text (auth as a
 * `{{token}}` bearer placeholder with a note, captures as test scripts, never a secret or a token)
 * and the window saves it the way it saves every file.
 */
import { useCallback } from 'react';
import { useNotify } from '../../../components/notifier';
import { appErrorOf } from '../../../host/app-error';
import { downloadText } from '../../response';
import type { PostmanActions } from './postman-host';

/** Exports a collection and says what was saved. */
export function useExportPostman(actions: Pick<PostmanActions, 'exportCollection'>): (collectionId: string, name: string) => void {
  const notify = useNotify();
  return useCallback(
    (collectionId, name) => {
      actions.exportCollection(collectionId).then(
        (file) => {
          downloadText(file.text, file.fileName, 'application/json');
          notify({ message: `Exported “${name}” as ${file.fileName}. It holds no secret or token: its auth is a {{token}} placeholder.` });
        },
        (error: unknown) => notify({ message: `“${name}” could not be exported: ${appErrorOf(error).message}`, severity: 'error' }),
      );
    },
    [actions, notify],
  );
}
