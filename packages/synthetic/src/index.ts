export { generateNetwork } from './generateNetwork.ts';
export { networkRecords, type NetworkRecords } from './networkRecords.ts';
export { writeNetworkFile, type WriteOptions } from './writeNetworkFile.ts';
export type { Counts } from './plan.ts';
export {
  isNamedSize,
  NETWORK_SIZES,
  sizeTargets,
  type CustomSize,
  type NamedSize,
  type NetworkOptions,
  type NetworkSize,
} from './sizes.ts';
