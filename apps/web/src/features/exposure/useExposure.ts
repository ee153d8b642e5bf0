// The end users that reach one provider only through intermediaries.
import { fetchProviderExposure } from '../../graphql/pathApi.ts';
import type { ProviderExposure } from '../../model/paths.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

/** `provider` null: nothing chosen, or another view is showing. */
export function useExposure(provider: string | null): Remote<ProviderExposure> {
  return useRemote(provider, (signal) =>
    provider === null
      ? Promise.reject(new Error('no provider'))
      : fetchProviderExposure(provider, { signal }),
  );
}
