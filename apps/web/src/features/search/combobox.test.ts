import { describe, expect, it } from 'vitest';
import {
  CLOSED,
  activeIndex,
  comboboxReducer,
  type ComboboxAction,
  type ComboboxState,
} from './combobox.ts';

function run(actions: ComboboxAction[], from: ComboboxState = CLOSED): ComboboxState {
  return actions.reduce(comboboxReducer, from);
}

describe('combobox keyboard state', () => {
  it('opens on typing with the first option highlighted', () => {
    const state = run([{ type: 'input' }]);
    expect(state.open).toBe(true);
    expect(activeIndex(state, 3)).toBe(0);
  });

  it('moves down and up through the options, wrapping at the ends', () => {
    const down = run([{ type: 'input' }, { type: 'next', count: 3 }, { type: 'next', count: 3 }]);
    expect(activeIndex(down, 3)).toBe(2);
    expect(activeIndex(comboboxReducer(down, { type: 'next', count: 3 }), 3)).toBe(0);
    const up = run([{ type: 'input' }, { type: 'previous', count: 3 }]);
    expect(activeIndex(up, 3)).toBe(2);
  });

  it('ArrowDown on a closed list opens it on the first option; ArrowUp on the last', () => {
    expect(activeIndex(run([{ type: 'next', count: 4 }]), 4)).toBe(0);
    expect(activeIndex(run([{ type: 'previous', count: 4 }]), 4)).toBe(3);
  });

  it('Escape closes it and nothing is highlighted', () => {
    const state = run([{ type: 'input' }, { type: 'next', count: 3 }, { type: 'close' }]);
    expect(state.open).toBe(false);
    expect(activeIndex(state, 3)).toBe(-1);
  });

  it('keeps the highlight inside a list that shrank', () => {
    const state = run([{ type: 'input' }, { type: 'hover', index: 7 }]);
    expect(activeIndex(state, 2)).toBe(1);
    expect(activeIndex(state, 0)).toBe(-1);
  });
});
