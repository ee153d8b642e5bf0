// One page of a provider's exposed end users, in the API's order (listed first, then by name),
// each with its first paths.
import type { JSX } from 'react';
import { count } from '../../format/values.ts';
import { pathKey, type ExposedEndUserPage } from '../../model/paths.ts';
import { indexSubgraph } from '../../model/subgraph.ts';
import { Pager } from '../paging/Pager.tsx';
import type { Pages } from '../paging/usePages.ts';
import { listNames } from '../paths/explainPath.ts';
import { EXPOSED_PAGE_SIZE } from './useExposure.ts';

export interface ExposedListProps {
  readonly page: ExposedEndUserPage;
  readonly pages: Pages;
  readonly busy: boolean;
  readonly onSelectEntity: (id: string) => void;
  readonly onSelectPath: (key: string) => void;
}

export function ExposedList({
  page,
  pages,
  busy,
  onSelectEntity,
  onSelectPath,
}: ExposedListProps): JSX.Element {
  const index = indexSubgraph(page.subgraph);
  const name = (id: string): string => index.entities.get(id)?.name ?? id;
  return (
    <section className="exposed">
      <h3>Exposed end users</h3>
      <ol className="exposure-list" aria-label="Exposed end users">
        {page.items.map((e) => (
          <li key={e.endUser.id} className={`exposure-item${e.listed ? ' is-listed' : ''}`}>
            <button
              type="button"
              className="link-button exposure-name"
              onClick={() => {
                onSelectEntity(e.endUser.id);
              }}
            >
              {e.endUser.name}
            </button>
            {e.listed && (
              <span className="badge badge-listed">
                Listed: {listNames(e.controlLists.map((l) => l.name))}
              </span>
            )}
            <ul className="exposure-paths">
              {e.paths.map((p) => (
                <li key={pathKey(p)}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onSelectPath(pathKey(p));
                    }}
                  >
                    {name(p.capability)} via {listNames(p.intermediaries.map(name))}
                  </button>
                </li>
              ))}
            </ul>
            {e.pathCount > e.paths.length && (
              <span className="muted exposure-more">
                {count(e.pathCount, 'path', 'paths')} in all
              </span>
            )}
          </li>
        ))}
      </ol>
      <Pager
        label="exposed end users"
        pages={pages}
        pageSize={EXPOSED_PAGE_SIZE}
        shown={page.items.length}
        total={page.totalCount}
        pageInfo={page.pageInfo}
        busy={busy}
      />
    </section>
  );
}
