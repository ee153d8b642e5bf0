import { STEP_BUYS_FROM, type NetworkModel } from './networkModel.ts';

/** Reused across queries: a visit stamp and a parent state per (entity, seen-a-BUYS_FROM) state. */
interface Scratch {
  readonly stamp: Uint32Array;
  readonly parent: Int32Array;
  generation: number;
}

const scratches = new WeakMap<NetworkModel, Scratch>();

function scratchFor(model: NetworkModel): Scratch {
  let scratch = scratches.get(model);
  if (scratch === undefined) {
    const states = model.ids.length * 2;
    scratch = { stamp: new Uint32Array(states), parent: new Int32Array(states), generation: 0 };
    scratches.set(model, scratch);
  }
  scratch.generation++;
  return scratch;
}

/** The entities of the walk ending in `state`, from the start. */
function walk(scratch: Scratch, state: number): number[] {
  const nodes: number[] = [];
  for (let s = state; s !== -1; s = scratch.parent[s] ?? -1) nodes.push(s >> 1);
  return nodes.reverse();
}

/**
 * The in-process floor for W1's question: a shortest access path from an end user to a provider
 * offering `capability`, of minSteps–maxSteps BUYS_FROM (forward) / SUBSIDIARY_OF (either way)
 * steps with at least one BUYS_FROM, every BUYS_FROM covering the capability, no entity twice.
 * Breadth-first over (entity, seen a BUYS_FROM yet) states. Returns the entities from the end user
 * to the provider (the OFFERS hop to the capability is implied), or null.
 */
export function shortestIndirectPath(
  model: NetworkModel,
  from: number,
  capability: number,
  minSteps = 2,
  maxSteps = 4,
): number[] | null {
  const offering = new Set(model.offeredBy.get(capability) ?? []);
  if (offering.size === 0) return null;
  const { offsets, targets, types, covers, coverSets } = model.steps;
  const scratch = scratchFor(model);
  const { stamp, parent, generation } = scratch;
  const start = from * 2;
  stamp[start] = generation;
  parent[start] = -1;
  let frontier = [start];
  for (let level = 0; level < maxSteps && frontier.length > 0; level++) {
    const next: number[] = [];
    for (const state of frontier) {
      const node = state >> 1;
      const bought = state & 1;
      const end = offsets[node + 1] ?? 0;
      for (let e = offsets[node] ?? 0; e < end; e++) {
        const target = targets[e] ?? 0;
        if (target === from) continue;
        const isBuy = types[e] === STEP_BUYS_FROM;
        const cover = covers[e] ?? -1;
        if (isBuy && cover !== -1 && coverSets[cover]?.has(capability) !== true) continue;
        const nextState = target * 2 + (isBuy ? 1 : bought);
        if (level + 1 >= minSteps && (nextState & 1) === 1 && offering.has(target)) {
          const nodes = [...walk(scratch, state), target];
          if (new Set(nodes).size === nodes.length) return nodes;
        }
        if (stamp[nextState] === generation) continue;
        stamp[nextState] = generation;
        parent[nextState] = state;
        next.push(nextState);
      }
    }
    frontier = next;
  }
  return null;
}
