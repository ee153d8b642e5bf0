import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@detour/ingest';
import { readDatasetFile } from '@detour/ingest/node';
import { loadConfig } from '../../config.ts';

const seedDir = loadConfig({}).seedDir;
const files = readdirSync(seedDir).filter((f) => f.endsWith('.json'));

describe('seed-data/', () => {
  it('holds at least one dataset file', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(
    '%s is a valid dataset in which every relationship and entity is sourced',
    async (file) => {
      const result = await readDatasetFile(join(seedDir, file));
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const { sources, entities, relationships } = result.value;
      const urls = new Map(sources.map((s) => [s.id, s.url]));
      for (const item of [...entities, ...relationships]) {
        expect(item.sources.length, item.id).toBeGreaterThan(0);
        for (const id of item.sources)
          expect(urls.get(id), `${item.id} cites ${id}`).toMatch(/^https?:\/\//);
      }
    },
  );

  it('carries the Reuters chain from Shenzhen University through Yunda Technology and AWS to the H100', async () => {
    const all = await Promise.all(files.map((f) => readDatasetFile(join(seedDir, f))));
    const rels = all.flatMap((r) => (r.ok ? r.value.relationships : []));
    const has = (type: string, from: string, to: string): boolean =>
      rels.some((r) => r.type === type && r.from === from && r.to === to);
    expect(has('BUYS_FROM', 'shenzhen-university', 'yunda-technology')).toBe(true);
    expect(has('BUYS_FROM', 'yunda-technology', 'aws')).toBe(true);
    expect(has('OFFERS', 'aws', 'nvidia-h100')).toBe(true);
    expect(has('BUYS_FROM', 'sichuan-university', 'xuedong-technology')).toBe(true);
    expect(has('LISTED_ON', 'sichuan-university', 'bis-entity-list')).toBe(true);
  });
});
