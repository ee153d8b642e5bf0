// The four analyses as tabs (WAI-ARIA tabs with automatic activation: arrows move and switch).
import { useRef, type JSX, type KeyboardEvent } from 'react';
import { VIEWS, type View } from '../url/urlState.ts';

export const VIEW_LABELS: Readonly<Record<View, string>> = {
  network: 'Network',
  paths: 'Access paths',
  whatif: 'What-if',
  exposure: 'Exposure',
};

export function tabId(view: View): string {
  return `view-tab-${view}`;
}

export const PANEL_ID = 'view-panel';

export function ViewTabs({
  view,
  onChange,
}: {
  view: View;
  onChange: (view: View) => void;
}): JSX.Element {
  const refs = useRef(new Map<View, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? VIEWS.length - 1 : null;
    if (step === 0 && jump === null) return;
    event.preventDefault();
    const index = jump ?? (VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length;
    const next = VIEWS[index] ?? view;
    onChange(next);
    refs.current.get(next)?.focus();
  }
  return (
    <div className="view-tabs" role="tablist" aria-label="Analyses" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            if (el === null) refs.current.delete(v);
            else refs.current.set(v, el);
          }}
          id={tabId(v)}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls={PANEL_ID}
          tabIndex={v === view ? 0 : -1}
          className="view-tab"
          onClick={() => {
            onChange(v);
          }}
        >
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  );
}
