// The browser side of export and import: saving a file, reading one, and loading
// the export/import module only when the rep exports or imports (it is not in
// the page's initial JavaScript).
export type ExportImportModule = typeof import('../storage/export-import');

let loading: Promise<ExportImportModule> | null = null;

/** The export/import module, loaded on first use. A failed load (offline) can be retried. */
export function loadExportImport(): Promise<ExportImportModule> {
  loading ??= import('../storage/export-import').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Offer `text` as a download named `fileName` (a Blob URL, so nothing leaves the browser). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file's text (pass the module's `MAX_IMPORT_BYTES`), read no further than one byte past the import limit: a huge
 * file is never read whole, and what is read is still over the limit, so
 * `parseImport` refuses it with its own "larger than 5 MB" message.
 */
export function readImportFile(file: Blob, maxBytes: number): Promise<string> {
  return (file.size > maxBytes ? file.slice(0, maxBytes + 1) : file).text();
}
