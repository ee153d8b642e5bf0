import { isPartialDate, type PartialDate } from '@detour/domain';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date as the screening lists write it → ISO: "2011-11-21", "2011-11-21T00:00:00Z", or the
 * legacy "11/21/2011" (month first). Returns a message when the text is not such a date.
 */
export function cslDate(text: string): { date: PartialDate } | { message: string } {
  const us = US_DATE.exec(text);
  const iso = us
    ? `${us[3] ?? ''}-${(us[1] ?? '').padStart(2, '0')}-${(us[2] ?? '').padStart(2, '0')}`
    : (ISO_TIMESTAMP.exec(text)?.[1] ?? text);
  if (isPartialDate(iso)) return { date: iso };
  return { message: `expected a date like 2011-11-21 or 11/21/2011, got ${JSON.stringify(text)}` };
}
