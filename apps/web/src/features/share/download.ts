// Hands a file to the browser's download machinery.

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}

/** "detour-paths-2024-06-30" style names: the view, and the date when one is set. */
export function exportName(view: string, asOf: string | null): string {
  return ['detour', view, asOf].filter((p): p is string => p !== null).join('-');
}
