import { entitiesOfKind, type NetworkModel } from '../network/networkModel.ts';
import { Sampler } from '../network/sample.ts';
import type { Pair } from './context.ts';

/** `count` random (end user, capability) pairs, the same for the same model, seed and count. */
export function randomPairs(model: NetworkModel, count: number): Pair[] {
  const sampler = new Sampler(model.seed * 7919 + count);
  const endUsers = entitiesOfKind(model, ['EndUser']);
  const capabilities = entitiesOfKind(model, ['Chip', 'Model']);
  return Array.from({ length: count }, () => {
    const fromIndex = sampler.pick(endUsers);
    const toIndex = sampler.pick(capabilities);
    return {
      from: model.ids[fromIndex] ?? '',
      to: model.ids[toIndex] ?? '',
      fromIndex,
      toIndex,
    };
  });
}

/** Random entity ids of any kind, and search words taken from random entity names. */
export function randomInputs(model: NetworkModel, seed: number) {
  const sampler = new Sampler(seed);
  const all = model.ids.map((_, i) => i);
  return {
    entityId: (): string => model.ids[sampler.pick(all)] ?? '',
    searchWord: (): string => {
      const name = model.names[sampler.pick(all)] ?? 'cloud';
      const word = name.split(/\s+/).find((w) => w.length >= 3) ?? name;
      return word.slice(0, 5).toLowerCase();
    },
  };
}
