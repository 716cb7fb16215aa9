// The words-for-ids context of the current language, for the table's cells and the CSV.
import { useMemo } from 'react';
import type { Unit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useNumberFormat } from '../../shared/useNumberFormat';
import type { AccountName } from './api';
import type { Describe } from './values';

export function useDescribe(units: readonly Unit[] | undefined, accounts: ReadonlyMap<number, AccountName>): Describe {
  const { t, tag, locale } = useI18n();
  const num = useNumberFormat();
  return useMemo(() => ({ t, tag, locale, num, units, accounts }), [t, tag, locale, num, units, accounts]);
}
