// What the canvas says before anything is loaded: what Detour shows, and where to start.
import { useState, type JSX } from 'react';
import { searchEntities } from '../../graphql/api.ts';
import { describeError } from '../status/describeError.ts';
import type { Centre } from './useNeighbourhood.ts';
import './neighbourhood.css';

const EXAMPLES = [
  { query: 'Shenzhen University', lang: undefined },
  { query: '四川大学', lang: 'zh' },
] as const;

export function EmptyState({ onExplore }: { onExplore: (centre: Centre) => void }): JSX.Element {
  const [message, setMessage] = useState<string | null>(null);

  function tryExample(query: string): void {
    setMessage(null);
    searchEntities(query, { first: 1 }).then(
      (hits) => {
        const top = hits[0];
        if (top === undefined) setMessage(`Nothing matches “${query}” in this database yet.`);
        else onExplore(top.entity);
      },
      (error: unknown) => {
        setMessage(describeError(error).title);
      },
    );
  }

  return (
    <div className="empty-state">
      <h2>Follow the route to restricted AI compute</h2>
      <p>
        Search for an organisation, e.g. <strong>Shenzhen University</strong> or{' '}
        <strong lang="zh">四川大学</strong>, to see the resellers, affiliates and cloud accounts
        that connect it to Nvidia A100/H100 chips and models such as Claude or GPT.
      </p>
      <div className="empty-state-examples">
        <span className="muted">Try:</span>
        {EXAMPLES.map(({ query, lang }) => (
          <button
            key={query}
            type="button"
            className="chip-button"
            lang={lang}
            onClick={() => {
              tryExample(query);
            }}
          >
            {query}
          </button>
        ))}
      </div>
      <p className="muted empty-state-hint">
        Press <kbd>/</kbd> to search. Each line is a sourced relationship: solid is confirmed,
        dashed reported, dotted alleged.
      </p>
      {message !== null && (
        <p className="empty-state-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
