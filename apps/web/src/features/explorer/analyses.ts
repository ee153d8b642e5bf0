// From an entity to the analysis that answers the natural next question about it.
import type { EntityKind } from '@detour/domain';
import type { ExplorerState } from '../url/urlState.ts';

export interface Analysis {
  readonly label: string;
  readonly change: Partial<ExplorerState>;
}

export function analysesFor(entity: { id: string; kind: EntityKind; name: string }): Analysis[] {
  const { id, kind, name } = entity;
  switch (kind) {
    case 'EndUser':
      return [
        {
          label: `Access paths from ${name}`,
          change: { view: 'paths', from: id, selection: null },
        },
      ];
    case 'Chip':
    case 'Model':
      return [
        {
          label: `Who reaches ${name}`,
          change: { view: 'paths', from: null, to: id, selection: null },
        },
      ];
    case 'Intermediary':
      return [
        {
          label: `What if ${name} were cut off?`,
          change: { view: 'whatif', removed: [id], selection: null },
        },
      ];
    case 'CloudProvider':
      return [
        {
          label: `Who reaches ${name} only through others`,
          change: { view: 'exposure', provider: id, selection: null },
        },
      ];
    default:
      return [];
  }
}
