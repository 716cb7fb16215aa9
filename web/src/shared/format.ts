/** Fen (CNY × 100, an integer) as a currency string. */
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 }).format(fen / 100);
}

/** Fen as a plain yuan amount for an input ("1234.5"). */
export function fenToYuanInput(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = Math.abs(fen % 100);
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** A yuan amount typed by a person, as integer fen; null when it is not a number. */
export function yuanInputToFen(text: string): number | null {
  const cleaned = text.replace(/[,，\s¥￥]/g, '');
  if (!/^-?\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [whole = '0', frac = ''] = cleaned.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return negative ? -fen : fen;
}

/** Typed text as a whole number from `min` to `max`; null for anything else ("1.5", "-1", "1e3", ""). */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** The bounds the server keeps a manager's capacity in. */
export const CAPACITY_RANGE = { min: 0, max: 10_000 } as const;

// Building an Intl.NumberFormat is far slower than using one, and a table formats many cells.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with a fixed count of decimals, in the locale's format ("1,234.50"). */
export function formatNumber(n: number, locale: string, digits = 0): string {
  const key = `${locale}/${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** A share between 0 and 1 as a whole percentage ("43%"). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Number.isFinite(share) ? share : 0);
}

export function formatTime(unixSeconds: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(unixSeconds * 1000));
}
