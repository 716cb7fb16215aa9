// The audit CSV built in the browser (the server has no export of the log): one row per entry in words, UTF-8 with a BOM, saved as a download.
import { saveFile } from '../../shared/download';
import type { AuditRecord } from '../../api/client';
import { actionLabel, actorText, diffLines, diffText, targetInfo, type Describe } from './describe';
import { unitText } from './values';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A moment as ISO 8601 in the browser's time zone, offset included ("2023-11-15T06:13:20+08:00"). */
export function isoLocal(at: number): string {
  const d = new Date(at * 1000);
  const offset = -d.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${zone}`;
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would
 * run as a formula (= + - @ first) gets a leading apostrophe: a reason is typed by a person.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (BOM first, so Excel reads the Chinese right; CRLF lines as RFC 4180 has them). */
export function buildAuditCsv(d: Describe, records: readonly AuditRecord[]): string {
  const c = d.t.audit.csv.columns;
  const header = [c.time, c.actorUsername, c.actorName, c.action, c.actionText, c.target, c.targetName, c.unit, c.changes];
  const rows = records.map((r) => [
    isoLocal(r.at),
    r.actor?.username ?? '',
    r.actor ? r.actor.name : actorText(d, r),
    r.action,
    actionLabel(d, r.action),
    r.target,
    targetInfo(d, r).text,
    unitText(d, r.unit_id),
    diffText(d, diffLines(d, r.before, r.after)),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The file's name: the log's name and the moment of the export ("audit-log-20240501-0930.csv"). */
export function csvFileName(base: string, now = new Date()): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${base}-${stamp}.csv`;
}

/** Saves text as a download through a temporary link. */
export function saveCsv(text: string, name: string): void {
  saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}
