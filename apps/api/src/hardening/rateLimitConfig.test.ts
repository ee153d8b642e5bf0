import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

describe('rate limit settings', () => {
  it('default to 60 expensive operations a minute per client, bursts of 60, no proxy trusted', () => {
    expect(loadConfig({}).rateLimit).toEqual({ perMinute: 60, burst: 60, trustedProxies: 0 });
  });

  it('can be raised, turned off (0) or told how many proxies are in front', () => {
    const config = loadConfig({
      DETOUR_RATE_LIMIT_PER_MINUTE: '0',
      DETOUR_RATE_LIMIT_BURST: '500',
      DETOUR_TRUSTED_PROXIES: '1',
    });
    expect(config.rateLimit).toEqual({ perMinute: 0, burst: 500, trustedProxies: 1 });
  });

  it('name the variable at fault', () => {
    expect(() => loadConfig({ DETOUR_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      'DETOUR_RATE_LIMIT_PER_MINUTE: expected an integer from 0 to 1000000, got "lots"',
    );
    expect(() => loadConfig({ DETOUR_RATE_LIMIT_BURST: '0' })).toThrow(/DETOUR_RATE_LIMIT_BURST/);
    expect(() => loadConfig({ DETOUR_TRUSTED_PROXIES: '-1' })).toThrow(/DETOUR_TRUSTED_PROXIES/);
  });
});
