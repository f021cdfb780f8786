/** The work area: the first-run guide, or the request open in the builder. */
import { WelcomePanel } from '../welcome';
import { useWorkspace } from '../workspace';
import { FreeRequest } from './free-request';
import { OperationRequest } from './operation-request';

/** Shows what the workspace has open. */
export function RequestArea() {
  const { open } = useWorkspace();
  if (!open) return <WelcomePanel />;
  if (open.kind === 'history') return <FreeRequest key={open.nonce} entry={open.entry} />;
  return <OperationRequest key={`${open.specId}:${open.operationId}:${open.fromHistory ? open.nonce : ''}`} open={open} />;
}
