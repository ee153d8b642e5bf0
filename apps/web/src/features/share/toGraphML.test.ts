import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { toGraphML } from './toGraphML.ts';

/** A small well-formedness check: every tag closes in order, attributes are quoted, no bare "&". */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(body)) return false;
  const stack: string[] = [];
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g,
  )) {
    const [, closing, name = '', , selfClosing] = match;
    if (selfClosing === '/') continue;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  const stripped = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !stripped.includes('<') && !stripped.includes('>');
}

describe('toGraphML', () => {
  const xml = toGraphML(SUBGRAPH);

  it('is well-formed, directed, with a key for kind, status and type', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('edgedefault="directed"');
    for (const name of ['kind', 'status', 'type']) expect(xml).toContain(`attr.name="${name}"`);
  });

  it('writes every entity and relationship with its facts', () => {
    expect(xml.match(/<node /g)).toHaveLength(SUBGRAPH.entities.length);
    expect(xml.match(/<edge /g)).toHaveLength(SUBGRAPH.relationships.length);
    expect(xml).toContain(
      '<edge id="szu-buys-yunda" source="shenzhen-university" target="yunda-technology"><data key="e_type">BUYS_FROM</data><data key="e_status">reported</data>',
    );
    expect(xml).toContain('<data key="n_aliases">深圳大学; SZU</data>');
  });

  it('escapes what XML would misread', () => {
    const tricky = toGraphML({
      ...SUBGRAPH,
      entities: [
        {
          id: 'a&b',
          kind: 'Intermediary',
          name: 'Smith & "Sons" <Ltd>',
          aliases: ["O'Neil"],
          sources: [],
        },
      ],
      relationships: [],
    });
    expect(wellFormed(tricky)).toBe(true);
    expect(tricky).toContain('id="a&amp;b"');
    expect(tricky).toContain('Smith &amp; &quot;Sons&quot; &lt;Ltd&gt;');
    expect(tricky).toContain('O&apos;Neil');
  });
});
