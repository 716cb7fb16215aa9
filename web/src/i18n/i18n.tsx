// The language context: useI18n() gives the dictionary, tag names, the locale and setLang.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, type Dictionary, type Lang } from './dict';

const STORAGE_KEY = 'portrait.lang';

interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
  /** A tag's display name; unknown tags (added by an admin later) show as they are. */
  tag: (name: string) => string;
  /** A number in this language's format. */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    /* storage may be unavailable */
  }
  return 'zh';
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* ignore */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const t = dictionaries[lang];
    return { lang, t, setLang, tag: (name) => t.tags[name] ?? name, locale: lang === 'zh' ? 'zh-CN' : 'en-US' };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
