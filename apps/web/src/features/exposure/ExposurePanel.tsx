// A provider's exposure: how many end users reach its chips and models only through
// intermediaries (the API's totals), where they come in, and who they are, a page at a time with
// the ones on a control list first.
import type { JSX } from 'react';
import { count } from '../../format/values.ts';
import type { EntitySummary } from '../../model/subgraph.ts';
import { EntityPicker } from '../search/EntityPicker.tsx';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { ChannelList } from './ChannelList.tsx';
import { ExposedList } from './ExposedList.tsx';
import type { Exposure } from './useExposure.ts';
import './exposure.css';

export interface ExposurePanelProps {
  readonly provider: string | null;
  readonly providerName: string | null;
  readonly onChooseProvider: (entity: EntitySummary | null) => void;
  readonly exposure: Exposure;
  readonly onSelectEntity: (id: string) => void;
  readonly onSelectPath: (key: string) => void;
}

export function ExposurePanel(props: ExposurePanelProps): JSX.Element {
  return (
    <div className="panel">
      <h2 className="panel-title">Provider exposure</h2>
      <p className="panel-intro muted">
        End users that reach a cloud provider’s chips and models only through intermediaries: the
        provider has no contract with them.
      </p>
      <EntityPicker
        label="Cloud provider"
        kinds={['CloudProvider']}
        placeholder="e.g. AWS, Microsoft Azure"
        chosenId={props.provider}
        chosenName={props.providerName}
        onChoose={props.onChooseProvider}
      />
      <ExposureBody {...props} />
    </div>
  );
}

function ExposureBody({
  provider,
  exposure,
  onSelectEntity,
  onSelectPath,
}: ExposurePanelProps): JSX.Element {
  if (provider === null) return <p className="muted">Choose a provider to see its exposure.</p>;
  if (exposure.error !== null) {
    return <ErrorNotice error={exposure.error} onRetry={exposure.retry} busy={exposure.loading} />;
  }
  const data = exposure.data;
  if (data === null) return <p className="muted">Looking for exposed end users…</p>;
  const total = data.endUsers.totalCount;
  if (total === 0 && exposure.fresh) {
    return (
      <p className="panel-empty" role="status">
        No end user reaches {data.provider.name} only through intermediaries. Try another provider.
      </p>
    );
  }
  return (
    <div className={`exposure${exposure.fresh ? '' : ' is-stale'}`} aria-busy={exposure.loading}>
      <p className="analysis-counts" role="status">
        <strong>{count(total, 'end user reaches', 'end users reach')}</strong> {data.provider.name}{' '}
        only through intermediaries, of {count(data.endUsersReaching, 'end user', 'end users')} that
        reach it at all · <strong>{count(data.listedEndUsers, 'is', 'are')}</strong> on a control
        list
      </p>
      <ChannelList channels={data.channels} onSelectEntity={onSelectEntity} />
      <ExposedList
        page={data.endUsers}
        pages={exposure.pages}
        busy={exposure.loading}
        onSelectEntity={onSelectEntity}
        onSelectPath={onSelectPath}
      />
    </div>
  );
}
