import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from './entityKinds.ts';
import { fromEnumCase, toEnumCase } from './casing.ts';

describe('enum casing', () => {
  it('round-trips every entity kind', () => {
    expect(toEnumCase('CloudProvider')).toBe('CLOUD_PROVIDER');
    for (const kind of ENTITY_KINDS) expect(fromEnumCase(toEnumCase(kind))).toBe(kind);
  });
});
