export * from './bruteForce.ts';
export * from './randomNetwork.ts';
export * from './bruteAnalyses.ts';
