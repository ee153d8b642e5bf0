// The shown subgraph as GraphML, which Gephi, yEd, Cytoscape desktop and NetworkX read. Keys for
// every field analysts filter on (kind, status, type) and the provenance (sources).
import { escapeXml } from '../../graph/toSvg.ts';
import type { Subgraph } from '../../model/subgraph.ts';

interface Key {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
}

const KEYS: readonly Key[] = [
  { id: 'n_name', for: 'node', name: 'name' },
  { id: 'n_kind', for: 'node', name: 'kind' },
  { id: 'n_country', for: 'node', name: 'country' },
  { id: 'n_aliases', for: 'node', name: 'aliases' },
  { id: 'e_type', for: 'edge', name: 'type' },
  { id: 'e_status', for: 'edge', name: 'status' },
  { id: 'e_start', for: 'edge', name: 'start' },
  { id: 'e_end', for: 'edge', name: 'end' },
  { id: 'e_sources', for: 'edge', name: 'sources' },
];

function data(key: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<data key="${key}">${escapeXml(value)}</data>`;
}

/** A GraphML document for the subgraph: directed, one node per entity, one edge per relationship. */
export function toGraphML(subgraph: Subgraph): string {
  const ids = new Set(subgraph.entities.map((e) => e.id));
  const nodes = subgraph.entities.map(
    (e) =>
      `    <node id="${escapeXml(e.id)}">${data('n_name', e.name)}${data('n_kind', e.kind)}${data('n_country', e.country)}${data('n_aliases', e.aliases.join('; '))}</node>`,
  );
  const edges = subgraph.relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map(
      (r) =>
        `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from)}" target="${escapeXml(r.to)}">${data('e_type', r.type)}${data('e_status', r.status)}${data('e_start', r.start)}${data('e_end', r.end)}${data('e_sources', r.sources.map((s) => s.url).join(' '))}</edge>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="string"/>`,
    ),
    '  <graph id="detour" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
