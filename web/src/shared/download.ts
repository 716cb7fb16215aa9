// Saving a file the page holds (a fetched export, a CSV built here) through a temporary download link.

/** Offers `blob` as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers start the download after the click returns: the URL must outlive it.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
