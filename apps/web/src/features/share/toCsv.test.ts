import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { csvField, edgesCsv, nodesCsv } from './toCsv.ts';

describe('CSV export', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(200000)).toBe('200000');
  });

  it('writes a header and one row per entity and per relationship', () => {
    const nodes = nodesCsv(SUBGRAPH).trimEnd().split('\r\n');
    expect(nodes[0]).toBe('id,name,kind,country,aliases');
    expect(nodes).toHaveLength(SUBGRAPH.entities.length + 1);
    expect(nodes[1]).toBe('shenzhen-university,Shenzhen University,EndUser,CN,深圳大学; SZU');
    const edges = edgesCsv(SUBGRAPH).trimEnd().split('\r\n');
    expect(edges).toHaveLength(SUBGRAPH.relationships.length + 1);
    expect(edges[1]).toMatch(
      /^szu-buys-yunda,shenzhen-university,yunda-technology,BUYS_FROM,reported,2023-11,,200000,CNY,https:\/\/www\.reuters\.com\//,
    );
  });
});
