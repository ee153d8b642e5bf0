/** "EndUser" → "END_USER": the GraphQL enum spelling of a PascalCase kind. */
export function toEnumCase(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();
}

/** "END_USER" → "EndUser", the inverse of toEnumCase for PascalCase words. */
export function fromEnumCase(word: string): string {
  return word
    .toLowerCase()
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
