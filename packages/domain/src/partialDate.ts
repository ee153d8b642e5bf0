/**
 * Dates in Detour are ISO 8601 at year, month or day precision: "2024", "2024-03", "2024-03-15".
 * Reports often give only a month ("tender Mar 2024"), and we keep what the source says.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The first day a partial date covers, as YYYY-MM-DD ("2024-03" → "2024-03-01"). */
export function startOfPartialDate(date: PartialDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date covers, as YYYY-MM-DD ("2024-02" → "2024-02-29"). */
export function endOfPartialDate(date: PartialDate): string {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined && month !== undefined) return date;
  const m = month === undefined ? 12 : Number(month);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
