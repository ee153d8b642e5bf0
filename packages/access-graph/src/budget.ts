/**
 * How much work one analysis may do, and the turns it gives to other requests. The bound is on
 * steps examined, not on time, so the same question on the same data always gets the same
 * answer or the same refusal.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Thrown when a question needs more steps than its budget: the caller says how to narrow it. */
export class AnalysisTooLarge extends Error {
  constructor(readonly steps: number) {
    super(`the analysis needs more than ${steps.toLocaleString('en')} steps`);
  }
}

export class Budget {
  private spent = 0;
  private sliceStart = performance.now();

  /**
   * @param limit steps allowed in all
   * @param sliceMs how long to run before yielding to the event loop in `pause`
   */
  constructor(
    readonly limit: number,
    private readonly sliceMs = 15,
  ) {}

  get steps(): number {
    return this.spent;
  }

  spend(steps: number): void {
    this.spent += steps;
    if (this.spent > this.limit) throw new AnalysisTooLarge(this.limit);
  }

  /** Yields to other work when this slice has run long enough; call between units of work. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await nextTurn();
    this.sliceStart = performance.now();
  }
}

/** A budget that never refuses and never yields (brute-force comparisons, floors). */
export function unlimited(): Budget {
  return new Budget(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
}
