// The frame of every chart: heading, an image role with a description, and its numbers as a table.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** Width of a box, following resizes (a fixed fallback where ResizeObserver is missing, e.g. jsdom). */
export function useWidth(fallback = 600) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.floor(w));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

interface Props {
  title: string;
  description: string;
  /** Rows of the data table that stands in for the picture. */
  columns: string[];
  rows: (string | number)[][];
  /** Figures shown with the chart as text (means, sample size, when computed). */
  note?: ReactNode;
  /** When set, this text stands in for the chart and its table (nothing to draw yet). */
  empty?: ReactNode;
  children: (width: number) => ReactNode;
}

/** A chart with a heading, an image role with a description, and its numbers as a table. */
export function ChartFrame({ title, description, columns, rows, note, empty, children }: Props) {
  const { t } = useI18n();
  const { ref, width } = useWidth();
  const titleId = useId();
  const descId = useId();
  return (
    <figure className="card min-w-0" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p id={descId} className="mb-2 text-sm text-slate-600">
        {description}
      </p>
      {note}
      {empty !== undefined ? (
        <p className="my-2 rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">{empty}</p>
      ) : (
        <>
          <div ref={ref} role="img" aria-labelledby={titleId} aria-describedby={descId} className="w-full">
            {children(width)}
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-blue-800">{t.dashboard.dataTable}</summary>
            {/* Long tables (a run trend, every score) scroll inside their box, also sideways on a phone. */}
            <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="group" aria-label={title}>
              <table className="data-table">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((cell, j) =>
                        j === 0 ? (
                          <th key={j} scope="row" className="font-normal">
                            {cell}
                          </th>
                        ) : (
                          <td key={j} className="tabular-nums">
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
