// Share and export: copy a link that reproduces the view; download the canvas as PNG or SVG and
// the subgraph as Cytoscape JSON, CSV (nodes, edges) or GraphML.
import { useRef, useState, type JSX, type RefObject } from 'react';
import type { GraphCanvasHandle } from '../../graph/GraphCanvas.tsx';
import { toCytoscapeJson } from '../../graph/snapshot.ts';
import { toSvg } from '../../graph/toSvg.ts';
import type { Subgraph } from '../../model/subgraph.ts';
import { describeError } from '../status/describeError.ts';
import { downloadBlob, downloadText, exportName } from './download.ts';
import { edgesCsv, nodesCsv } from './toCsv.ts';
import { toGraphML } from './toGraphML.ts';
import './share.css';

export interface ShareMenuProps {
  readonly canvas: RefObject<GraphCanvasHandle | null>;
  readonly subgraph: Subgraph;
  /** Names the files, e.g. "paths". */
  readonly view: string;
  readonly asOf: string | null;
}

export function ShareMenu({ canvas, subgraph, view, asOf }: ShareMenuProps): JSX.Element {
  const [message, setMessage] = useState<string | null>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  const name = exportName(view, asOf);
  const empty = subgraph.entities.length === 0;

  async function copyLink(): Promise<void> {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied. It opens this same view.');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  }

  const exports: readonly { label: string; run: () => Promise<void> | void }[] = [
    {
      label: 'PNG image',
      run: async () => {
        const blob = await canvas.current?.png();
        if (blob !== undefined) downloadBlob(blob, `${name}.png`);
      },
    },
    {
      label: 'SVG image',
      run: () => {
        const snapshot = canvas.current?.snapshot();
        if (snapshot !== undefined) downloadText(toSvg(snapshot), `${name}.svg`, 'image/svg+xml');
      },
    },
    {
      label: 'JSON (Cytoscape)',
      run: () => {
        const snapshot = canvas.current?.snapshot();
        if (snapshot === undefined) return;
        downloadText(
          JSON.stringify(toCytoscapeJson(snapshot), null, 2),
          `${name}.json`,
          'application/json',
        );
      },
    },
    {
      label: 'CSV nodes',
      run: () => {
        downloadText(nodesCsv(subgraph), `${name}-nodes.csv`, 'text/csv');
      },
    },
    {
      label: 'CSV edges',
      run: () => {
        downloadText(edgesCsv(subgraph), `${name}-edges.csv`, 'text/csv');
      },
    },
    {
      label: 'GraphML',
      run: () => {
        downloadText(toGraphML(subgraph), `${name}.graphml`, 'application/graphml+xml');
      },
    },
  ];

  return (
    <div className="share">
      <button type="button" className="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <details
        className="share-menu"
        ref={menuRef}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuRef.current !== null) menuRef.current.open = false;
        }}
      >
        <summary className="button">Export</summary>
        <ul className="share-list" aria-label="Export formats">
          {exports.map((e) => (
            <li key={e.label}>
              <button
                type="button"
                className="share-item"
                disabled={empty}
                onClick={() => {
                  if (menuRef.current !== null) menuRef.current.open = false;
                  Promise.resolve(e.run()).then(
                    () => {
                      setMessage(`${e.label} downloaded.`);
                    },
                    (error: unknown) => {
                      setMessage(describeError(error).title);
                    },
                  );
                }}
              >
                {e.label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <p className="share-message" role="status">
        {message}
      </p>
    </div>
  );
}
