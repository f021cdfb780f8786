/** The History tab. */
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { EmptyState } from '../../components/empty-state';

/** The History sidebar tab. */
export function HistoryPanel() {
  return (
    <EmptyState icon={<HistoryOutlined />} title="Nothing sent yet" testId="history-empty">
      Every request you send is listed here, newest first, with tokens and secrets removed. Open an endpoint in
      the Explorer and press Send to see it appear.
    </EmptyState>
  );
}
