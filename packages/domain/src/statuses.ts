/**
 * How sure we are of a relationship, strongest first. The order is the ranking used for "the
 * weakest status along a path".
 */
export const STATUSES = ['confirmed', 'reported', 'alleged', 'planned', 'unverified'] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_INFO: Readonly<Record<Status, { readonly description: string }>> = {
  confirmed: {
    description:
      'Stated in an official record (Federal Register, court plea, filing) or on the record by the party itself.',
  },
  reported: { description: 'Stated as fact by a news organisation from documents it reviewed.' },
  alleged: { description: 'An unadjudicated charge, or an anonymous claim disputed by the party.' },
  planned: {
    description: 'Intended (a tender, an announced deal) but not known to have happened.',
  },
  unverified: { description: 'An identification or detail that could not be checked.' },
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** The weaker of two statuses (the one later in STATUSES). */
export function weakerStatus(a: Status, b: Status): Status {
  return STATUSES.indexOf(a) >= STATUSES.indexOf(b) ? a : b;
}
