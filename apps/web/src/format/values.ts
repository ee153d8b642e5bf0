// Dates and amounts as the sources give them, written out for reading.
import type { Amount, PartialDate } from '@detour/domain';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2024" → "2024", "2024-03" → "March 2024", "2024-03-05" → "5 March 2024"; keeps the source's precision. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (year === undefined || monthName === undefined) return date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "from March 2024", "March 2024 – June 2024", or undefined when neither end is known. */
export function formatPeriod(start?: PartialDate, end?: PartialDate): string | undefined {
  if (start !== undefined && end !== undefined) {
    return start === end
      ? formatPartialDate(start)
      : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  }
  if (start !== undefined) return `from ${formatPartialDate(start)}`;
  if (end !== undefined) return `until ${formatPartialDate(end)}`;
  return undefined;
}

/** Money with its currency ("CN¥1,200,000"), a count with its unit ("40,000,000 tokens"). */
export function formatAmount(amount: Amount): string {
  if (amount.currency !== undefined) {
    try {
      return new Intl.NumberFormat('en', {
        style: 'currency',
        currency: amount.currency,
        // Whole sums as sources usually state them ("CN¥200,000"); cents only when there are some.
        ...(Number.isInteger(amount.value) ? { maximumFractionDigits: 0 } : {}),
      }).format(amount.value);
    } catch {
      return `${amount.value.toLocaleString('en')} ${amount.currency}`;
    }
  }
  const value = amount.value.toLocaleString('en');
  return amount.unit === undefined ? value : `${value} ${amount.unit}`;
}

/** "3 entities", "1 hop", "12,345 end users": a count with its noun. */
export function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "12,345". */
export function formatNumber(n: number): string {
  return n.toLocaleString('en');
}
