import type { Relationship } from '@detour/domain';
import { dayOf, isoDay, partialDate } from './calendar.ts';
import { STATUS_MIX } from './facts.ts';
import type { RecordContext } from './recordContext.ts';

/** Who makes each capability, what each provider offers, and what each regulation restricts. */
export function* catalogRelationships(ctx: RecordContext): Generator<Relationship> {
  const { plan, random, facts } = ctx;
  const { catalog, ids } = plan;
  for (const [c, makers] of catalog.makers.entries()) {
    for (const vendor of makers) {
      yield {
        id: ctx.nextId(),
        type: 'MAKES',
        from: ids.entity('Vendor', vendor),
        to: ctx.capabilityId(c),
        status: facts.status(STATUS_MIX.official),
        start: partialDate(dayOf(2016 + random.int(7), 1, 1), 'year'),
        sources: facts.sources(),
      };
    }
  }
  for (const [p, offered] of catalog.offers.entries()) {
    const provider = catalog.providers[p] ?? '';
    for (const c of offered) {
      const chip = catalog.chips[c];
      yield {
        id: ctx.nextId(),
        type: 'OFFERS',
        from: ids.entity('CloudProvider', p),
        to: ctx.capabilityId(c),
        status: facts.status(STATUS_MIX.offer),
        ...facts.validity(facts.startDay(), random.chance(0.1) ? random.between(180, 900) : null),
        sources: facts.sources(),
        service: chip === undefined ? `${provider} Model Hub` : `${provider} ${chip} instances`,
      };
    }
  }
  for (const [r, regulation] of catalog.regulations.entries()) {
    for (const c of regulation.restricts) {
      yield {
        id: ctx.nextId(),
        type: 'RESTRICTS',
        from: ids.entity('Regulation', r),
        to: ctx.capabilityId(c),
        status: facts.status(STATUS_MIX.official),
        start: isoDay(regulation.effective),
        sources: facts.sources(),
      };
    }
  }
}
