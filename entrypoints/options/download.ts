/** Saves a value as a pretty-printed JSON file through the browser's download of a blob URL. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, because the browser reads the blob after `click()` returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
