/**
 * Saves text as a file through the browser's download of a blob link: no "downloads"
 * permission needed, and the file never leaves this machine.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the URL is no longer needed after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `quick-capture-settings-2026-03-11.json`, with the local date. */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `quick-capture-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
