// Legend twins of the analysis marks (markStyles.ts): a line for edge marks, a ring for node marks.
import type { JSX } from 'react';
import { AVOIDS_CONTACT_COLOR, DIRECT_CONTACT_COLOR } from './markStyles.ts';
import type { Mark } from './marks.ts';

/** The marks the legend explains, with their words. Focus and dimming explain themselves. */
export const LEGEND_MARKS: readonly { readonly mark: Mark; readonly label: string }[] = [
  { mark: 'avoids-contact', label: 'Path avoiding direct contact' },
  { mark: 'direct-contact', label: 'Direct contact with a provider' },
  { mark: 'loses-access', label: 'Loses access (what-if)' },
  { mark: 'removed', label: 'Cut off (what-if)' },
  { mark: 'listed', label: 'On a control list' },
];

export function MarkIcon({ mark }: { mark: Mark }): JSX.Element {
  return (
    <svg width={30} height={14} viewBox="0 0 30 14" aria-hidden="true" className="mark-icon">
      {mark === 'avoids-contact' && (
        <line x1={1} y1={7} x2={29} y2={7} stroke={AVOIDS_CONTACT_COLOR} strokeWidth={4} />
      )}
      {mark === 'direct-contact' && (
        <>
          <line x1={1} y1={7} x2={29} y2={7} stroke={DIRECT_CONTACT_COLOR} strokeWidth={7} />
          <line x1={1} y1={7} x2={29} y2={7} stroke="#FFFFFF" strokeWidth={2.5} />
        </>
      )}
      {mark === 'loses-access' && (
        <circle
          cx={15}
          cy={7}
          r={5}
          fill="#D55E00"
          stroke={DIRECT_CONTACT_COLOR}
          strokeWidth={2.5}
        />
      )}
      {mark === 'removed' && (
        <circle
          cx={15}
          cy={7}
          r={5}
          fill="#E69F00"
          opacity={0.35}
          stroke="#8F6300"
          strokeDasharray="2 2"
        />
      )}
      {mark === 'listed' && (
        <>
          <circle cx={15} cy={7} r={6} fill="none" stroke="#18181B" strokeWidth={1} />
          <circle cx={15} cy={7} r={4} fill="#D55E00" stroke="#18181B" strokeWidth={1} />
        </>
      )}
    </svg>
  );
}
