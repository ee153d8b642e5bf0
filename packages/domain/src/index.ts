export * from './entityKinds.ts';
export * from './relationshipTypes.ts';
export * from './statuses.ts';
export * from './matchQualities.ts';
export * from './partialDate.ts';
export * from './records.ts';
export * from './casing.ts';
