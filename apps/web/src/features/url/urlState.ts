// The whole explorer state as a URL query, so a link reproduces the view. Pure: parse is tolerant
// (garbage falls back to defaults), serialize leaves defaults out, and the two round-trip.
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  STATUSES,
  isEntityKind,
  isPartialDate,
  isRelationshipType,
  isStatus,
  type EntityKind,
  type RelationshipType,
  type Status,
} from '@detour/domain';
import type { Selection } from '../../model/subgraph.ts';

export const VIEWS = ['network', 'paths', 'whatif', 'exposure'] as const;
export type View = (typeof VIEWS)[number];

export const LAYOUTS = ['layered', 'force'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];

/** whatIf accepts up to 50 ids. */
export const MAX_REMOVED = 50;
const MAX_ID_LENGTH = 200;

export interface Filters {
  readonly statuses: readonly Status[];
  readonly types: readonly RelationshipType[];
  readonly kinds: readonly EntityKind[];
  /** YYYY-MM-DD, or null for "any time". */
  readonly asOf: string | null;
}

export interface ExplorerState {
  readonly view: View;
  /** The neighbourhood's centre. */
  readonly centre: string | null;
  readonly depth: Depth;
  /** Access paths from this end user (null: every end user). */
  readonly from: string | null;
  /** To this chip or model (null: any controlled capability); also scopes what-if. */
  readonly to: string | null;
  /** The provider whose exposure is shown. */
  readonly provider: string | null;
  readonly filters: Filters;
  readonly selection: Selection | null;
  /** Entities cut off in the what-if view. */
  readonly removed: readonly string[];
  readonly layout: LayoutName;
}

export const DEFAULT_FILTERS: Filters = {
  statuses: STATUSES,
  types: RELATIONSHIP_TYPES,
  kinds: ENTITY_KINDS,
  asOf: null,
};

export const DEFAULT_STATE: ExplorerState = {
  view: 'network',
  centre: null,
  depth: 3,
  from: null,
  to: null,
  provider: null,
  filters: DEFAULT_FILTERS,
  selection: null,
  removed: [],
  layout: 'layered',
};

const SELECTION_PREFIX = { entity: 'e', relationship: 'r', path: 'p' } as const;

/** Reads a query string ("?view=paths&from=…"); anything unreadable takes its default. */
export function parseUrlState(search: string): ExplorerState {
  const raw = rawParams(search);
  const one = (name: string): string | null => {
    const value = raw.get(name);
    return value === undefined ? null : decode(value);
  };
  const list = (name: string): string[] | null => {
    const value = raw.get(name);
    if (value === undefined) return null;
    return value.split(',').flatMap((item) => {
      const decoded = decode(item);
      return decoded === null ? [] : [decoded];
    });
  };
  const id = (name: string): string | null => validId(one(name));
  return {
    view: oneOf(VIEWS, one('view')) ?? DEFAULT_STATE.view,
    centre: id('centre'),
    depth: oneOf(DEPTHS, Number(one('depth'))) ?? DEFAULT_STATE.depth,
    from: id('from'),
    to: id('to'),
    provider: id('provider'),
    filters: {
      statuses: subset(STATUSES, list('status'), isStatus),
      types: subset(RELATIONSHIP_TYPES, list('type'), isRelationshipType),
      kinds: subset(ENTITY_KINDS, list('kind'), isEntityKind),
      asOf: validDay(one('asOf')),
    },
    selection: parseSelection(one('sel')),
    removed: unique((list('removed') ?? []).flatMap((r) => validId(r) ?? [])).slice(0, MAX_REMOVED),
    layout: oneOf(LAYOUTS, one('layout')) ?? DEFAULT_STATE.layout,
  };
}

/** The query string for a state ("" for the defaults, else starting with "?"). */
export function serializeUrlState(state: ExplorerState): string {
  const parts: string[] = [];
  const put = (name: string, value: string | null, fallback: string | null = null): void => {
    if (value !== null && value !== fallback) parts.push(`${name}=${encode(value)}`);
  };
  const putList = (name: string, values: readonly string[], all: readonly string[]): void => {
    if (values.length === 0 || sameSet(values, all)) return;
    const ordered = all.filter((v) => values.includes(v));
    parts.push(`${name}=${ordered.map(encode).join(',')}`);
  };
  put('view', state.view, DEFAULT_STATE.view);
  put('centre', state.centre);
  put('depth', String(state.depth), String(DEFAULT_STATE.depth));
  put('from', state.from);
  put('to', state.to);
  put('provider', state.provider);
  putList('status', state.filters.statuses, STATUSES);
  putList('type', state.filters.types, RELATIONSHIP_TYPES);
  putList('kind', state.filters.kinds, ENTITY_KINDS);
  put('asOf', state.filters.asOf);
  if (state.removed.length > 0) parts.push(`removed=${state.removed.map(encode).join(',')}`);
  if (state.selection !== null) {
    put('sel', `${SELECTION_PREFIX[state.selection.type]}:${state.selection.id}`);
  }
  put('layout', state.layout, DEFAULT_STATE.layout);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function parseSelection(value: string | null): Selection | null {
  const match = value === null ? null : /^([erp]):(.+)$/.exec(value);
  if (match === null) return null;
  const [, prefix = '', id = ''] = match;
  if (id.length > MAX_ID_LENGTH * 8) return null;
  if (prefix === 'e') return { type: 'entity', id };
  if (prefix === 'r') return { type: 'relationship', id };
  return { type: 'path', id };
}

/** Keys to raw (still percent-encoded) values; the last of a repeated key wins. */
function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (key !== null) params.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

/** Percent-encodes a value; commas too, since a literal comma separates list items. */
function encode(value: string): string {
  return encodeURIComponent(value);
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function validId(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > MAX_ID_LENGTH ? null : trimmed;
}

function validDay(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value) ? value : null;
}

function oneOf<T extends string | number>(options: readonly T[], value: unknown): T | null {
  return options.find((o) => o === value) ?? null;
}

/** The values of `all` named in `values`, in `all`'s order; all of them when none is readable. */
function subset<T extends string>(
  all: readonly T[],
  values: readonly string[] | null,
  is: (v: unknown) => v is T,
): readonly T[] {
  const chosen = new Set((values ?? []).filter(is));
  return chosen.size === 0 ? all : all.filter((v) => chosen.has(v));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && b.every((v) => a.includes(v));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
