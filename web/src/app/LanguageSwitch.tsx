// The language picker (zh / en), remembered in localStorage.
import { useId } from 'react';
import { LANGS, dictionaries, type Lang } from '../i18n/dict';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitch({ dark }: { dark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className={`text-sm ${dark ? 'text-blue-100' : 'text-slate-700'}`}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mr-1 inline size-4 align-[-3px]" fill="none" stroke="currentColor" strokeWidth="1.6">
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t.app.language}</span>
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => setLang(e.target.value as Lang)}
        className="min-h-9 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
            {dictionaries[l].langName}
          </option>
        ))}
      </select>
    </div>
  );
}
