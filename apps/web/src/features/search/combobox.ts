// Keyboard state of the search combobox (open list, active option), as a pure reducer.

export interface ComboboxState {
  readonly open: boolean;
  /** Index of the highlighted option; meaningful only while open. */
  readonly active: number;
}

export type ComboboxAction =
  | { readonly type: 'input' }
  | { readonly type: 'next'; readonly count: number }
  | { readonly type: 'previous'; readonly count: number }
  | { readonly type: 'hover'; readonly index: number }
  | { readonly type: 'close' };

export const CLOSED: ComboboxState = { open: false, active: 0 };

/** Typing opens the list on its first option (automatic selection); arrows wrap around. */
export function comboboxReducer(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case 'input':
      return { open: true, active: 0 };
    case 'next':
      if (!state.open || action.count === 0) return { open: true, active: 0 };
      return { open: true, active: (activeIndex(state, action.count) + 1) % action.count };
    case 'previous':
      if (!state.open || action.count === 0)
        return { open: true, active: Math.max(action.count - 1, 0) };
      return {
        open: true,
        active: (activeIndex(state, action.count) - 1 + action.count) % action.count,
      };
    case 'hover':
      return { ...state, active: action.index };
    case 'close':
      return CLOSED;
  }
}

/** The highlighted option among `count`, or -1 when there is none to highlight. */
export function activeIndex(state: ComboboxState, count: number): number {
  if (!state.open || count === 0) return -1;
  return Math.min(Math.max(state.active, 0), count - 1);
}
