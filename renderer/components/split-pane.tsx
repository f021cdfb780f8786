/**
 * Two panes stacked vertically with a divider that shows it can be dragged (a grip in its middle) and
 * that the keyboard can move too: it is a focusable window splitter (↑ ↓ move it, Home and End to the
 * limits, Enter or a double click puts it back). The split is remembered across restarts.
 */
import Box from '@mui/material/Box';
import { useRef, useState, type KeyboardEvent } from 'react';

const min = 0.15;
const max = 0.85;
const step = 0.05;
const clamp = (share: number) => Math.min(max, Math.max(min, share));

function remembered(storageKey: string, initial: number): number {
  const saved = Number(localStorage.getItem(storageKey));
  return saved >= min && saved <= max ? saved : initial;
}

/** `top` above `bottom`; `initial` is the top pane's share of the height (0–1). */
export function SplitPane({ top, bottom, initial = 0.56, storageKey, label = 'Resize the request and the answer' }: { top: React.ReactNode; bottom: React.ReactNode; initial?: number; storageKey: string; label?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [share, setShareState] = useState(() => remembered(storageKey, initial));
  const setShare = (next: number) => {
    const value = clamp(next);
    setShareState(value);
    localStorage.setItem(storageKey, String(value));
  };
  const startDrag = (event: React.PointerEvent) => {
    event.preventDefault();
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const rect = box.current?.getBoundingClientRect();
      if (rect) setShare((e.clientY - rect.top) / rect.height);
    };
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
  };
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowUp: share - step, ArrowDown: share + step, Home: min, End: max, Enter: initial };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setShare(moves[event.key]!);
  };
  return (
    <Box ref={box} sx={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ flex: `0 0 ${share * 100}%`, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>{top}</Box>
      <Box
        role="separator"
        aria-orientation="horizontal"
        aria-label={label}
        aria-valuemin={Math.round(min * 100)}
        aria-valuemax={Math.round(max * 100)}
        aria-valuenow={Math.round(share * 100)}
        tabIndex={0}
        title="Drag to give the request or the answer more room"
        data-testid="split-handle"
        onPointerDown={startDrag}
        onKeyDown={onKey}
        onDoubleClick={() => setShare(initial)}
        sx={{
          height: 10, flexShrink: 0, cursor: 'row-resize', borderTop: 1, borderColor: 'divider', bgcolor: 'background.default',
          display: 'flex', alignItems: 'center', justifyContent: 'center',
          '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
          '&:focus-visible': { outlineOffset: -2 },
          // The grip: a short bar in the middle that says "this can be dragged".
          '&::after': { content: '""', width: 36, height: 4, borderRadius: 2, bgcolor: 'text.secondary', opacity: 0.55 },
          '&:hover::after, &:focus-visible::after': { opacity: 0.9 },
        }}
      />
      <Box sx={{ flex: 1, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>{bottom}</Box>
    </Box>
  );
}
