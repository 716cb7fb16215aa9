// A page's frame: its h1 (focused on arrival), the document title and a place for actions.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A page's h1 and document title; the h1 takes focus on arrival so screen readers announce it. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t]);
  useEffect(() => {
    h1.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="mx-auto w-full max-w-6xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 ref={h1} tabIndex={-1} className="outline-none focus-visible:outline-none">
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </div>
  );
}
