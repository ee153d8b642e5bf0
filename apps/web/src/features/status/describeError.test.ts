import { describe, expect, it } from 'vitest';
import { ApiError, ApiUnreachableError } from '../../graphql/client.ts';
import { describeError } from './describeError.ts';

describe('describeError', () => {
  it('names the endpoint when the API cannot be reached, and offers a retry', () => {
    expect(describeError(new ApiUnreachableError('/graphql'))).toMatchObject({
      title: 'Cannot reach the Detour API at /graphql',
      retryable: true,
    });
  });

  it('switches on the error code, not the message', () => {
    expect(describeError(new ApiError('NOT_FOUND', 'whatever'))).toMatchObject({
      retryable: false,
    });
    expect(describeError(new ApiError('DATABASE_UNAVAILABLE', 'whatever')).title).toBe(
      'The Detour database is not answering',
    );
    const tooLarge = describeError(
      new ApiError(
        'ANALYSIS_TOO_LARGE',
        'Too many paths. Narrow it with `to` (one chip or model).',
      ),
    );
    expect(tooLarge.detail).toBe('Too many paths. Narrow it with `to` (one chip or model).');
    expect(tooLarge.retryable).toBe(false);
    expect(describeError(new ApiError('SOMETHING_NEW', 'Boom')).detail).toBe(
      'Boom (SOMETHING_NEW)',
    );
  });
});
