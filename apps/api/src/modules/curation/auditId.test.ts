import { describe, expect, it } from 'vitest';
import { auditId, isAuditId } from './auditId.ts';

describe('auditId', () => {
  it('makes UUIDv7s carrying their time', () => {
    const { id, at } = auditId(Date.UTC(2025, 0, 2, 3, 4, 5, 678));
    expect(isAuditId(id)).toBe(true);
    expect(at).toBe('2025-01-02T03:04:05.678Z');
    expect(isAuditId('not-an-id')).toBe(false);
  });

  it('sorts in the order made, within one millisecond and when the clock steps back', () => {
    const now = Date.now() + 60_000;
    const ids = [now, now, now, now - 5, now + 1].map((ms) => auditId(ms).id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
