/** The Collections tab. Saving requests into collections is not built yet, and the panel says so plainly. */
import FolderSpecialOutlined from '@mui/icons-material/FolderSpecialOutlined';
import { EmptyState } from '../../components/empty-state';

/** The Collections sidebar tab. */
export function CollectionsPanel() {
  return (
    <EmptyState icon={<FolderSpecialOutlined />} title="No collections yet" testId="collections-empty">
      Collections will keep the requests that work for you, grouped in folders. Saving into collections is not
      available in this version yet — meanwhile the History tab keeps every request you send.
    </EmptyState>
  );
}
