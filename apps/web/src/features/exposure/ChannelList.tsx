// Where a provider's exposed end users come in: its own customers (or affiliates) their paths
// pass through, most end users first.
import type { JSX } from 'react';
import { count, formatNumber } from '../../format/values.ts';
import type { ExposureChannel } from '../../model/paths.ts';

export function ChannelList({
  channels,
  onSelectEntity,
}: {
  channels: readonly ExposureChannel[];
  onSelectEntity: (id: string) => void;
}): JSX.Element | null {
  if (channels.length === 0) return null;
  return (
    <section className="channels">
      <h3>Where they come in</h3>
      <ol className="channel-list" aria-label="Channels">
        {channels.map((c) => (
          <li key={c.entity.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onSelectEntity(c.entity.id);
              }}
            >
              {c.entity.name}
            </button>{' '}
            <span className="muted">
              {count(c.endUsers, 'end user', 'end users')}
              {c.listedEndUsers > 0 && <> · {formatNumber(c.listedEndUsers)} listed</>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
