// GraphQL Code Generator: result and variable types for the explorer's operations, generated from
// the API's committed SDL. Local files only (works offline). Run by `pnpm install`, `typecheck`,
// `build` and `dev`; by hand: `pnpm --filter @detour/web codegen`. Output is out of git.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  // Fragments and operations are graphql(`…`) calls; tests hold hand-made documents of their own.
  documents: ['src/graphql/*.ts', '!src/graphql/*.test.ts'],
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // Fragments only name shared selections; the mappers read every field they select.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents stay strings with their fragments appended: the client posts them as they
        // are, and no GraphQL parser or printer ships to the browser.
        documentMode: 'string',
        // 'END_USER' | 'CHIP' …, the SDL spelling of @detour/domain's lists (enums.test.ts).
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string' },
        useTypeImports: true,
        immutableTypes: true,
        skipTypename: true,
        // Results name their fragments (EntityFieldsFragment) instead of repeating the fields.
        inlineFragmentTypes: 'combine',
        // Results: an absent value is null, never undefined. Variables: a nullable argument may
        // be left out or given as undefined (JSON drops it), which exactOptionalPropertyTypes
        // would otherwise forbid; so avoidOptionals stays off.
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
