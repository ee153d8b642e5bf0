// The search combobox (WAI-ARIA "list autocomplete with automatic selection"): type, move with
// the arrow keys, Enter to open the highlighted entity's network, Escape to close or clear.
import {
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { EntityKind } from '@detour/domain';
import type { EntitySummary } from '../../model/subgraph.ts';
import { describeError } from '../status/describeError.ts';
import { CLOSED, activeIndex, comboboxReducer } from './combobox.ts';
import { SearchOption } from './SearchOption.tsx';
import { useSearch, type SearchState } from './useSearch.ts';
import './search.css';

export interface SearchBoxProps {
  readonly onChoose: (entity: EntitySummary) => void;
  /** Only entities of these kinds; absent means every kind. */
  readonly kinds?: readonly EntityKind[];
  readonly label?: string;
  readonly placeholder?: string;
  /** The text shown at first (remount with a new key to reset it). */
  readonly initialText?: string;
  /** "/" focuses this box; only the main search box takes the shortcut. */
  readonly shortcut?: boolean;
}

export function SearchBox({
  onChoose,
  kinds,
  label = 'Search entities',
  placeholder = 'Organisation, chip or model — e.g. Shenzhen University, 四川大学, H100',
  initialText = '',
  shortcut = false,
}: SearchBoxProps): JSX.Element {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialText);
  const [combobox, dispatch] = useReducer(comboboxReducer, CLOSED);
  const search = useSearch(text, kinds);
  const count = search.hits.length;
  const active = activeIndex(combobox, count);
  const open = combobox.open && search.status !== 'idle';
  // aria-expanded means the listbox shows; messages (searching, no match, errors) sit beside it.
  const expanded = open && count > 0;
  const message = open ? messageFor(search.status, count, search.error) : '';
  const listboxId = `${id}-listbox`;
  const optionId = (index: number): string => `${id}-option-${index}`;

  useFocusShortcut(inputRef, shortcut);

  function choose(entity: EntitySummary): void {
    setText(entity.name);
    dispatch({ type: 'close' });
    onChoose(entity);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        dispatch({ type: 'next', count });
        break;
      case 'ArrowUp':
        event.preventDefault();
        dispatch({ type: 'previous', count });
        break;
      case 'Enter': {
        // Hits still on screen from an older query would open the wrong entity; wait for fresh ones.
        const hit = search.status === 'ready' ? search.hits[active] : undefined;
        if (hit !== undefined) {
          event.preventDefault();
          choose(hit.entity);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (open) dispatch({ type: 'close' });
        else setText('');
        break;
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search-label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          dispatch({ type: 'input' });
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (text.trim() !== '') dispatch({ type: 'input' });
        }}
        onBlur={() => {
          dispatch({ type: 'close' });
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {shortcut && 'Press slash to come back here. '}Use the up and down arrows to move through
        results.
      </span>
      <div className="search-popup" hidden={!expanded && message === ''}>
        <ul id={listboxId} role="listbox" aria-label="Matching entities" hidden={!expanded}>
          {search.hits.map((hit, index) => (
            <SearchOption
              key={hit.entity.id}
              id={optionId(index)}
              entity={hit.entity}
              match={hit.match}
              active={index === active}
              stale={search.status === 'loading'}
              onHover={() => {
                dispatch({ type: 'hover', index });
              }}
              onChoose={() => {
                choose(hit.entity);
              }}
            />
          ))}
        </ul>
        {message !== '' && <p className="search-message">{message}</p>}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && search.status === 'ready' && count > 0
          ? `${count} matching ${count === 1 ? 'entity' : 'entities'}`
          : message}
      </p>
    </div>
  );
}

/** What to say under the box: nothing while fresh hits show. */
function messageFor(status: SearchState['status'], count: number, error: unknown): string {
  if (status === 'error') return describeError(error).title;
  if (count > 0) return '';
  if (status === 'loading') return 'Searching…';
  return 'No matching entities. Try another spelling, or the name in Chinese.';
}

/** "/" focuses the search box from anywhere outside a text field. */
function useFocusShortcut(inputRef: RefObject<HTMLInputElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: globalThis.KeyboardEvent): void {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [inputRef, enabled]);
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
