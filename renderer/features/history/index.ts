/** The history feature's public face: the sidebar tab of sent requests. */
export { HistoryPanel, type HistoryPanelProps } from './history-panel';
