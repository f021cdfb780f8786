/** Handlers of the `specs.*` commands: thin adapters from validated input to the specs service. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { specsCommands } from '../../shared/contract/specs';
import type { SpecsService } from '../services/specs/specs-service';
import { createUploadBuffer, type UploadBuffer } from '../services/specs/upload-buffer';

/** The `specs.*` part of the handler table. */
export function specsHandlers(specs: SpecsService, uploads: UploadBuffer = createUploadBuffer()): DomainHandlers<typeof specsCommands> {
  return {
    'specs.list': async () => specs.list(),
    'specs.tree': async () => specs.tree(),
    'specs.importText': (input, { signal }) => specs.importText(input, signal),
    'specs.importUrl': (input, { signal }) => specs.importUrl(input, signal),
    'specs.uploadBegin': async ({ fileName, size }) => ({ uploadId: uploads.begin(fileName, size) }),
    'specs.uploadAppend': async ({ uploadId, chunk }) => uploads.append(uploadId, chunk),
    'specs.uploadFinish': ({ uploadId, ...choice }, { signal }) => specs.importText({ ...uploads.finish(uploadId), ...choice }, signal),
    'specs.resolveImport': ({ pendingId, choice }) => specs.resolveImport(pendingId, choice),
    'specs.undoReplace': () => specs.undoReplace(),
    'specs.lastReplacement': async () => specs.lastReplacement(),
    'specs.remove': ({ id }) => specs.remove(id),
    'specs.reorder': async ({ ids }) => specs.reorder(ids),
    'specs.operation': ({ specId, operationId }) => specs.operation(specId, operationId),
    'specs.findings': async ({ specId }) => specs.findings(specId),
    'specs.getExpanded': async () => specs.getExpanded(),
    'specs.setExpanded': async ({ keys }) => specs.setExpanded(keys),
  };
}
