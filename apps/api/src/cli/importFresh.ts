import { CliError } from './cliError.ts';
import { freshSummary, loadFresh } from './freshLoad.ts';
import { prepareAll, type ReadImport } from './importCommand.ts';

/**
 * `import --fresh <file>`: builds a new embedded store holding one dataset with Neo4j's batch
 * importer (see loadFresh), after the same reading and checks as any import. There is nothing
 * in a new store to match the dataset's parties against.
 */
export async function importFresh(
  read: readonly ReadImport[],
  log: (line: string) => void,
): Promise<void> {
  const [only] = read;
  if (only === undefined || read.length > 1) {
    const names = read.map((r) => r.file).join(', ');
    throw new CliError(
      `--fresh builds a new store from one dataset; these files hold ${String(read.length)} (${names}). Import the first with --fresh and the others after it without.`,
    );
  }
  const [prepared] = await prepareAll(null, [only], log);
  if (prepared === undefined) throw new Error(`${only.file}: nothing was prepared`);
  const { dataset } = prepared;
  const loaded = await loadFresh(
    {
      dataset: dataset.dataset,
      counts: {
        sources: dataset.sources.length,
        entities: dataset.entities.length,
        relationships: dataset.relationships.length,
      },
      sources: dataset.sources,
      entities: dataset.entities,
      relationships: dataset.relationships,
    },
    log,
  );
  log(freshSummary('Imported', dataset.dataset.id, loaded));
}
