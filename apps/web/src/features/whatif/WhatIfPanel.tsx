// Chokepoints ranked, each one a checkbox: cut some off and see who loses access to what, and
// who keeps it and through whom. Counts are the API's totals; lists come a page at a time.
import { CAPABILITY_KINDS } from '@detour/domain';
import type { JSX } from 'react';
import type { EntitySummary } from '../../model/subgraph.ts';
import { EntityPicker } from '../search/EntityPicker.tsx';
import { ChokepointList } from './ChokepointList.tsx';
import type { WhatIf } from './useWhatIf.ts';
import { WhatIfOutcome } from './WhatIfOutcome.tsx';
import './whatif.css';

export interface WhatIfPanelProps {
  readonly to: string | null;
  readonly toName: string | null;
  readonly onChooseTo: (entity: EntitySummary | null) => void;
  readonly provider: string | null;
  readonly providerName: string | null;
  readonly onChooseProvider: (entity: EntitySummary | null) => void;
  readonly whatIf: WhatIf;
  readonly removed: readonly string[];
  readonly onToggle: (id: string, cut: boolean) => void;
  readonly onSelectEntity: (id: string) => void;
}

export function WhatIfPanel(props: WhatIfPanelProps): JSX.Element {
  const reaching =
    (props.to === null ? 'a controlled capability' : (props.toName ?? props.to)) +
    (props.provider === null ? '' : ` at ${props.providerName ?? props.provider}`);
  return (
    <div className="panel">
      <h2 className="panel-title">Chokepoints and what-if</h2>
      <p className="panel-intro muted">
        Intermediaries ranked by how many end users reach controlled capabilities through them. Cut
        one off to see who loses access.
      </p>
      <EntityPicker
        label="Chip or model"
        kinds={CAPABILITY_KINDS}
        placeholder="e.g. H100, Claude 3"
        anyLabel="Any controlled capability"
        chosenId={props.to}
        chosenName={props.toName}
        onChoose={props.onChooseTo}
      />
      <EntityPicker
        label="Cloud provider"
        kinds={['CloudProvider']}
        placeholder="e.g. AWS, Microsoft Azure"
        anyLabel="Any cloud provider"
        chosenId={props.provider}
        chosenName={props.providerName}
        onChoose={props.onChooseProvider}
      />
      <ChokepointList
        whatIf={props.whatIf}
        removed={props.removed}
        onToggle={props.onToggle}
        reaching={reaching}
      />
      <WhatIfOutcome
        whatIf={props.whatIf}
        removed={props.removed}
        onSelectEntity={props.onSelectEntity}
      />
    </div>
  );
}
