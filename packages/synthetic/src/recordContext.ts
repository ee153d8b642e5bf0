import type { Plan } from './plan.ts';
import { Facts } from './facts.ts';
import { Random } from './random.ts';

const STREAM_RELATIONSHIPS = 4;

/** The shared state of one pass over the relationships: the plan, one Random, the id counter. */
export class RecordContext {
  readonly random: Random;
  readonly facts: Facts;
  private count = 0;

  constructor(readonly plan: Plan) {
    this.random = new Random(plan.seed, STREAM_RELATIONSHIPS);
    this.facts = new Facts(this.random, plan.ids, plan.counts.sources);
  }

  /** The next relationship id. */
  nextId(): string {
    return this.plan.ids.relationship(this.count++);
  }

  /** Capability index → its entity id (chips first, then models). */
  capabilityId(capability: number): string {
    const chips = this.plan.catalog.chips.length;
    return capability < chips
      ? this.plan.ids.entity('Chip', capability)
      : this.plan.ids.entity('Model', capability - chips);
  }
}
