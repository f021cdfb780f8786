/** Two panes stacked vertically with a draggable divider; the split is remembered for the session. */
import Box from '@mui/material/Box';
import { useRef, useState, type ReactNode } from 'react';

/** `top` above `bottom`; `initial` is the top pane's share of the height (0–1). */
export function SplitPane({ top, bottom, initial = 0.48, storageKey }: { top: ReactNode; bottom: ReactNode; initial?: number; storageKey: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [share, setShare] = useState(() => Number(sessionStorage.getItem(storageKey)) || initial);
  const startDrag = (event: React.PointerEvent) => {
    event.preventDefault();
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const rect = box.current?.getBoundingClientRect();
      if (!rect) return;
      const next = Math.min(0.8, Math.max(0.15, (e.clientY - rect.top) / rect.height));
      setShare(next);
      sessionStorage.setItem(storageKey, String(next));
    };
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
  };
  return (
    <Box ref={box} sx={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ flex: `0 0 ${share * 100}%`, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>{top}</Box>
      <Box role="separator" aria-orientation="horizontal" aria-label="Resize" onPointerDown={startDrag}
        sx={{ height: 6, flexShrink: 0, cursor: 'row-resize', borderTop: 1, borderColor: 'divider', bgcolor: 'background.default', '&:hover': { bgcolor: 'action.hover' } }} />
      <Box sx={{ flex: 1, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>{bottom}</Box>
    </Box>
  );
}
