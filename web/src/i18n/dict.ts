// The UI's words in Chinese (the default) and English, assembled from each feature's part.
// `zh` defines the shape; `en` must match it exactly (the `Dictionary` type makes a missing
// key a type error), and every part types its own `en` by its `zh` too.
import * as app from '../app/i18n';
import * as analytics from '../features/analytics/i18n';
import * as audit from '../features/audit/i18n';
import * as auth from '../features/auth/i18n';
import * as candidates from '../features/candidates/i18n';
import * as customers from '../features/customers/i18n';
import * as exchange from '../features/exchange/i18n';
import * as managers from '../features/managers/i18n';
import * as organisation from '../features/organisation/i18n';
import * as profile from '../features/profile/i18n';
import * as relationship from '../features/relationship/i18n';
import * as runs from '../features/runs/i18n';
import * as staff from '../features/staff/i18n';
import * as common from './common';
import { errorsEn, errorsZh } from './errors';

const zh = {
  langName: '中文',
  ...common.zh,
  ...app.zh,
  errors: {
    ...errorsZh,
    not_a_number: '请输入数字。',
    network_error: '无法连接服务器，请检查网络。',
  } as Record<string, string> & { not_a_number: string },
  ...auth.zh,
  ...profile.zh,
  ...customers.zh,
  ...candidates.zh,
  ...managers.zh,
  ...runs.zh,
  ...audit.zh,
  ...analytics.zh,
  ...exchange.zh,
  ...organisation.zh,
  ...staff.zh,
  ...relationship.zh,
};

export type Dictionary = typeof zh;

const en: Dictionary = {
  langName: 'English',
  ...common.en,
  ...app.en,
  errors: {
    ...errorsEn,
    not_a_number: 'Enter a number.',
    network_error: 'Cannot reach the server. Check your connection.',
  },
  ...auth.en,
  ...profile.en,
  ...customers.en,
  ...candidates.en,
  ...managers.en,
  ...runs.en,
  ...audit.en,
  ...analytics.en,
  ...exchange.en,
  ...organisation.en,
  ...staff.en,
  ...relationship.en,
};

export type Lang = 'zh' | 'en';
export const dictionaries: Record<Lang, Dictionary> = { zh, en };
export const LANGS: Lang[] = ['zh', 'en'];
