import { DATASET_FORMAT, type Dataset } from '@detour/domain';
import { networkRecords } from './networkRecords.ts';
import type { NetworkOptions } from './sizes.ts';

/**
 * A synthetic intermediary network as one in-memory dataset: fine for S and M; stream L with
 * writeNetworkFile or networkRecords instead. Same size and seed → the same dataset.
 */
export function generateNetwork(options: NetworkOptions): Dataset {
  const network = networkRecords(options);
  return {
    format: DATASET_FORMAT,
    dataset: network.dataset,
    sources: Array.from(network.sources),
    entities: Array.from(network.entities),
    relationships: Array.from(network.relationships),
  };
}
