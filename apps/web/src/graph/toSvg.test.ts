import { describe, expect, it } from 'vitest';
import type { CanvasSnapshot } from './snapshot.ts';
import { toCytoscapeJson } from './snapshot.ts';
import { AVOIDS_CONTACT_COLOR, DIRECT_CONTACT_COLOR } from './markStyles.ts';
import { KIND_STYLES } from './styles.ts';
import { escapeXml, toSvg } from './toSvg.ts';

const SNAPSHOT: CanvasSnapshot = {
  nodes: [
    {
      data: { id: 'szu', label: 'Shenzhen <University>', kind: 'EndUser' },
      position: { x: 0, y: 0 },
      classes: ['avoids-contact'],
    },
    {
      data: { id: 'aws', label: 'AWS', kind: 'CloudProvider' },
      position: { x: 300, y: 0 },
      classes: [],
    },
  ],
  edges: [
    {
      data: {
        id: 'e1',
        source: 'szu',
        target: 'aws',
        label: 'buys from',
        type: 'BUYS_FROM',
        status: 'reported',
      },
      classes: ['direct-contact'],
    },
    {
      data: {
        id: 'e2',
        source: 'aws',
        target: 'szu',
        label: 'x',
        type: 'OFFERS',
        status: 'confirmed',
      },
      classes: ['avoids-contact', 'dimmed'],
    },
  ],
};

describe('toSvg', () => {
  const svg = toSvg(SNAPSHOT);

  it('draws one shape per node in its kind colour, with escaped labels', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/<g class="node"/g)).toHaveLength(2);
    expect(svg).toContain(`fill="${KIND_STYLES.CloudProvider.color}"`);
    expect(svg).toContain('Shenzhen &lt;University&gt;');
    expect(svg).not.toContain('<University>');
  });

  it('draws marks: direct contact red and doubled, paths around the provider purple, dimmed faint', () => {
    expect(svg).toMatch(
      new RegExp(`data-id="e1"[^]*stroke="${DIRECT_CONTACT_COLOR}"[^]*stroke="#FFFFFF"`),
    );
    expect(svg).toMatch(
      new RegExp(`data-id="e2" opacity="0.16"><line [^>]*stroke="${AVOIDS_CONTACT_COLOR}"`),
    );
  });

  it('fits the view box around the nodes, even with none', () => {
    expect(svg).toMatch(/viewBox="-120 -60 540 140"/);
    expect(toSvg({ nodes: [], edges: [] })).toContain('<svg');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('toCytoscapeJson', () => {
  it('writes elements Cytoscape can load again, with positions and classes', () => {
    expect(toCytoscapeJson(SNAPSHOT)).toMatchObject({
      elements: {
        nodes: [{ data: { id: 'szu' }, position: { x: 0, y: 0 }, classes: 'avoids-contact' }, {}],
        edges: [{ data: { id: 'e1', source: 'szu' }, classes: 'direct-contact' }, {}],
      },
    });
  });
});
