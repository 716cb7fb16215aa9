// The one number formatter of the UI: counts, totals and figures in the current language's format.
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatNumber } from './format';

/** `n` with `digits` decimals (none by default), grouped as the current language groups it ("20,022"). */
export type FormatNumber = (n: number, digits?: number) => string;

/** The formatter for the language chosen in the i18n context; it changes with the language. */
export function useNumberFormat(): FormatNumber {
  const { locale } = useI18n();
  return useCallback((n: number, digits = 0) => formatNumber(n, locale, digits), [locale]);
}
