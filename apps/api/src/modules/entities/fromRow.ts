import { isEntityKind, type Entity, type Source } from '@detour/domain';

/** A stored entity node's properties → the domain Entity. */
export function entityFromRow(row: Readonly<Record<string, unknown>>): Entity {
  const kind = row['kind'];
  if (!isEntityKind(kind))
    throw new Error(`Stored entity ${String(row['id'])} has unknown kind ${String(kind)}`);
  return {
    id: String(row['id']),
    kind,
    name: String(row['name']),
    aliases: strings(row['aliases']),
    sources: strings(row['sourceIds']),
    ...optional('country', row['country']),
    ...optional('description', row['description']),
    ...optional('citation', row['citation']),
    ...optional('effective', row['effective']),
  };
}

export function sourceFromRow(row: Readonly<Record<string, unknown>>): Source {
  return {
    id: String(row['id']),
    title: String(row['title']),
    publisher: String(row['publisher']),
    url: String(row['url']),
    ...optional('published', row['published']),
  };
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' ? ({ [key]: value } as { [P in K]: string }) : {};
}
