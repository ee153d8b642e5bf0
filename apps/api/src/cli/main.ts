/**
 * `pnpm detour <command>`: import, export and count Detour data from the command line.
 *
 *   pnpm detour import <file…> [--format …] [--source-url URL] [--dataset-id ID] [--fresh]
 *                                                  validate every file, then import each atomically;
 *                                                  --fresh builds a new store with the batch importer
 *   pnpm detour export [--out file.json]           the whole database as a detour.dataset/v1 file
 *   pnpm detour stats                              counts by kind, relationship type and status
 *   pnpm detour generate [--size S] [--seed 42] [--out file.json] [--fresh|--incremental]
 *                                                  a synthetic network, to a file or into the database
 *                                                  (a new store is built with the batch importer)
 *
 * Uses NEO4J_URI when set; otherwise attaches to the embedded Neo4j of a running `pnpm start`,
 * or starts one on the data directory for the length of the command.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { exportDataset } from '../modules/datasets/exportRepository.ts';
import { stats } from '../modules/stats/repository.ts';
import { CliError } from './cliError.ts';
import { FORMATS, isFormat } from './formats.ts';
import { generateIntoStore, generateOptions, writeNetwork } from './generateCommand.ts';
import { importAll, prepareAll, readAll } from './importCommand.ts';
import { importFresh } from './importFresh.ts';
import { withDatabase } from './withDatabase.ts';

const USAGE = `Usage:
  pnpm detour import <file…> [--format ${FORMATS.join('|')}]
                            [--source-url URL] [--dataset-id ID] [--title TEXT] [--licence TEXT]
                            [--fresh]
  pnpm detour export [--out file.json]
  pnpm detour stats
  pnpm detour generate [--size S|M|L|<entities>x<relationships>] [--seed N] [--out file.json]
                       [--fresh|--incremental]`;

const log = (line: string): void => {
  console.log(line);
};
// Progress and diagnostics go to stderr so that `export` can write JSON to stdout.
const info = (line: string): void => {
  console.error(line);
};

function optionalArg<K extends string>(
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  if (value !== undefined) result[key] = value;
  return result;
}

async function run(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'source-url': { type: 'string' },
      'dataset-id': { type: 'string' },
      title: { type: 'string' },
      licence: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      incremental: { type: 'boolean', default: false },
    },
  });
  switch (command) {
    case 'import': {
      if (positionals.length === 0) throw new CliError(`import: name at least one file.\n${USAGE}`);
      const format = values.format ?? null;
      if (format !== null && !isFormat(format)) {
        throw new CliError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
      }
      const cwd = loadConfig().invocationDir;
      const read = await readAll(
        positionals.map((file) => resolve(cwd, file)),
        {
          format,
          ...optionalArg('sourceUrl', values['source-url']),
          ...optionalArg('datasetId', values['dataset-id']),
          ...optionalArg('title', values.title),
          ...optionalArg('licence', values.licence),
        },
      );
      if (values.fresh) {
        await importFresh(read, log);
        return;
      }
      await withDatabase(async (db) => {
        const prepared = await prepareAll(db, read, log);
        await importAll(db, prepared, log);
      }, info);
      return;
    }
    case 'export': {
      const dataset = await withDatabase(
        (db) =>
          exportDataset(db, {
            id: 'detour-export',
            title: 'Detour export',
            licence: 'see the licences of the imported datasets',
          }),
        info,
      );
      const text = JSON.stringify(dataset, null, 2) + '\n';
      if (values.out === undefined) process.stdout.write(text);
      else {
        await writeFile(resolve(loadConfig().invocationDir, values.out), text);
        info(
          `Wrote ${String(dataset.entities.length)} entities and ${String(dataset.relationships.length)} relationships to ${values.out}.`,
        );
      }
      return;
    }
    case 'generate': {
      const options = generateOptions(values.size, values.seed);
      if (values.out === undefined)
        await generateIntoStore(
          options,
          { fresh: values.fresh, incremental: values.incremental },
          log,
          info,
        );
      else await writeNetwork(resolve(loadConfig().invocationDir, values.out), options, log);
      return;
    }
    case 'stats': {
      const counts = await withDatabase((db) => stats(db), info);
      log(JSON.stringify(counts, null, 2));
      return;
    }
    default:
      throw new CliError(command === undefined ? USAGE : `Unknown command "${command}".\n${USAGE}`);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError && error.code !== undefined)
      console.error(`${error.code}: ${error.message}`);
    else if (error instanceof CliError || error instanceof ConfigError)
      console.error(error.message);
    else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${error.message}\n${USAGE}`);
    } else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
