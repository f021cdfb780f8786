/**
 * A row of tabs as the WAI-ARIA tabs pattern has them, with manual activation as MUI's Tabs: only the
 * selected tab is in the Tab order, arrows, Home and End move focus along the row, and Enter, Space or
 * a click selects. Plain elements styled once: MUI's Tabs registers each tab with a state update as it
 * mounts and measures itself for its indicator, which forced a second render and a layout into the
 * window's first commit (the sidebar's tabs are on the first screen).
 */
import { styled } from '@mui/material/styles';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of a {@link TabStrip}. */
export interface StripTab<V extends string> {
  value: V;
  label: ReactNode;
  /** The tab element's id (its panel's `aria-labelledby`). */
  id: string;
  /** The id of the panel it shows. */
  controls: string;
}

const Strip = styled('div')(({ theme }) => ({
  display: 'flex',
  minHeight: 40,
  borderBottom: `1px solid ${theme.palette.divider}`,
  '& > [role="tab"]': {
    ...theme.typography.button,
    flex: '1 1 0',
    minWidth: 0,
    minHeight: 40,
    padding: theme.spacing(1.25, 1),
    border: 0,
    borderBottom: '2px solid transparent',
    margin: 0,
    background: 'none',
    color: theme.palette.text.secondary,
    textTransform: 'none',
    fontWeight: 600,
    cursor: 'pointer',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    transition: theme.transitions.create(['color', 'border-color'], { duration: theme.transitions.duration.shorter }),
  },
  '& > [role="tab"]:hover': { backgroundColor: theme.palette.action.hover },
  '& > [role="tab"][aria-selected="true"]': { color: theme.palette.primary.main, borderBottomColor: theme.palette.primary.main },
  // The ring sits inside the tab, as on MUI's tabs (theme: `[role="tab"]` offset).
  '& > [role="tab"]:focus-visible': { outlineOffset: -3 },
}));

/** The tabs; `value` is the selected one. */
export function TabStrip<V extends string>({ tabs, value, onChange, label }: { tabs: readonly StripTab<V>[]; value: V; onChange: (value: V) => void; label?: string }) {
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(strip.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight' ? (at + 1) % buttons.length
      : event.key === 'ArrowLeft' ? (at - 1 + buttons.length) % buttons.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <Strip ref={strip} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.value === value;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={tab.id}
            aria-controls={tab.controls}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            onClick={() => !selected && onChange(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </Strip>
  );
}
