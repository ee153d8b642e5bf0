import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../../apps/api/src/hardening/queryLimits.ts';
import { exceedsTokens } from '../../../apps/api/src/hardening/tokenLimit.ts';
import { loadTypeDefs } from '../../../apps/api/src/schema.ts';
import {
  CHOKEPOINTS_QUERY,
  EXPOSURE_QUERY,
  FIGURES_ONLY_QUERIES,
  TOP_PATHS_QUERY,
  WHAT_IF_QUERY,
} from './w6Queries.ts';

const QUERIES = {
  chokepoints: CHOKEPOINTS_QUERY,
  whatIf: WHAT_IF_QUERY,
  providerExposure: EXPOSURE_QUERY,
  accessPaths: TOP_PATHS_QUERY,
  ...Object.fromEntries(
    Object.entries(FIGURES_ONLY_QUERIES).map(([name, query]) => [`${name} (figures only)`, query]),
  ),
};

describe("W6's queries", () => {
  // From the SDL text with the bench's own graphql-js (the API's schema object is another instance).
  const schema = buildSchema(loadTypeDefs().join('\n'));
  it.each(Object.entries(QUERIES))(
    '%s is valid against the SDL and within the token limit',
    (_, query) => {
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
      expect(exceedsTokens(query, QUERY_LIMITS.maxTokens)).toBe(false);
    },
  );
});
