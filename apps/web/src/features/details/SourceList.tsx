// Every source behind a record: title (linked), publisher and date. Analysts check these first.
import type { Source } from '@detour/domain';
import { useId, type JSX } from 'react';
import { formatPartialDate } from '../../format/values.ts';

export function SourceList({ sources }: { sources: readonly Source[] }): JSX.Element {
  const headingId = useId();
  return (
    <section className="details-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Sources ({sources.length})</h3>
      {sources.length === 0 ? (
        <p className="muted">No sources recorded.</p>
      ) : (
        <ol className="source-list">
          {sources.map((source) => (
            <li key={source.id}>
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              <span className="source-meta">
                {source.publisher}
                {source.published !== undefined && <> · {formatPartialDate(source.published)}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
