import { formatProblem } from '../problems.ts';
import { readDataset } from '../readDataset.ts';

/** A JSON object in a test dataset, loose enough to break on purpose. */
export type Json = Record<string, unknown>;

export interface Draft {
  [key: string]: unknown;
  dataset: Json;
  sources: Json[];
  entities: Json[];
  relationships: Json[];
}

/** The smallest interesting dataset: Shenzhen University → Yunda → AWS → H100. Valid as given. */
export function minimalDraft(): Draft {
  return {
    format: 'detour.dataset/v1',
    dataset: { id: 'test', title: 'Test data', licence: 'CC0-1.0' },
    sources: [{ id: 's1', title: 'A report', publisher: 'Reuters', url: 'https://example.com/r' }],
    entities: [
      { id: 'szu', kind: 'EndUser', name: 'Shenzhen University', sources: ['s1'] },
      { id: 'yunda', kind: 'Intermediary', name: 'Yunda Technology', sources: ['s1'] },
      { id: 'aws', kind: 'CloudProvider', name: 'Amazon Web Services', sources: ['s1'] },
      { id: 'h100', kind: 'Chip', name: 'Nvidia H100', sources: ['s1'] },
    ],
    relationships: [
      {
        id: 'r0',
        type: 'BUYS_FROM',
        from: 'szu',
        to: 'yunda',
        status: 'reported',
        sources: ['s1'],
      },
      {
        id: 'r1',
        type: 'BUYS_FROM',
        from: 'yunda',
        to: 'aws',
        status: 'reported',
        sources: ['s1'],
      },
      { id: 'r2', type: 'OFFERS', from: 'aws', to: 'h100', status: 'confirmed', sources: ['s1'] },
    ],
  };
}

/** The item at `index`, failing the test if the fixture has none there. */
export function at(list: Json[], index: number): Json {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in the test dataset`);
  return item;
}

/** The problems a user would see for the minimal dataset after `edit`, one line each. */
export function problemsAfter(edit: (draft: Draft) => void): string[] {
  const draft = minimalDraft();
  edit(draft);
  return problemsIn(JSON.stringify(draft, null, 2));
}

/** The problems a user would see for a file named seed.json with this text. */
export function problemsIn(text: string): string[] {
  const result = readDataset(text, 'seed.json');
  return result.ok ? [] : result.problems.map(formatProblem);
}
