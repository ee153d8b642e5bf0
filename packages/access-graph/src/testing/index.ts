export * from './bruteForce.ts';
export * from './randomNetwork.ts';
