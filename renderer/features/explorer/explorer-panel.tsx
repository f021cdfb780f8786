/** The Explorer tab: the imported API specs as a tree of endpoints. */
import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import { EmptyState } from '../../components/empty-state';

/** The Explorer sidebar tab. */
export function ExplorerPanel() {
  return (
    <EmptyState icon={<TravelExploreOutlined />} title="No API specs yet" testId="explorer-empty">
      Import an OpenAPI file — for example the storage-api.yaml you downloaded from the Data Services Cloud
      Console — and its endpoints appear here, grouped by topic.
    </EmptyState>
  );
}
