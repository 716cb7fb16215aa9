// CSV import and export calls: a raw CSV upload, following an import job, and a download with the token.
import { saveFile } from '../../shared/download';
import { api, call, rawRequest, type ImportJob } from '../../api/client';

export type ImportKind = 'customers' | 'managers';
export type ImportMode = 'all_or_nothing' | 'valid_rows';

/** Uploads a CSV file as the raw body; the answer is the import job (200 finished, 202 running). */
export async function startImport(kind: ImportKind, file: Blob, mode: ImportMode): Promise<ImportJob> {
  const query = mode === 'valid_rows' ? '?mode=valid_rows' : '';
  const res = await rawRequest(`/api/admin/import/${kind}${query}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file });
  return (await res.json()) as ImportJob;
}

/** One import job, to follow it while it runs. */
export const getImport = (id: number) => call(api.GET('/api/admin/imports/{id}', { params: { path: { id } } }));

/** The file name from a Content-Disposition header, if it names one. */
export function filenameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to filename= */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = plain?.[2] ?? plain?.[1]?.trim();
  return name || undefined;
}

/** Fetches a CSV export with the token and saves it through a temporary download link. */
export async function downloadCsv(path: string, query: Record<string, string> = {}, fallbackName = 'export.csv'): Promise<string> {
  const qs = new URLSearchParams(query).toString();
  const res = await rawRequest(qs ? `${path}?${qs}` : path, { headers: { Accept: 'text/csv' } });
  const blob = await res.blob();
  const name = filenameFrom(res.headers.get('Content-Disposition')) ?? fallbackName;
  saveFile(blob, name);
  return name;
}
