// One independently loaded card of a page: loading or error with Retry until its data is there.
import { useId, type ReactNode } from 'react';
import type { AsyncState } from '../useAsync';
import { ErrorState, Loading } from './States';

/**
 * One independently loaded part of a page: a titled card with the loading or error state
 * (with Retry) until its data is there, then whatever `children` draws from the data.
 */
export function AsyncPanel<T>({ title, state, children }: { title: string; state: AsyncState<T>; children: (data: T) => ReactNode }) {
  const id = useId();
  if (state.error === undefined && state.data !== undefined) return <>{children(state.data)}</>;
  return (
    <section className="card min-w-0" aria-labelledby={id} aria-busy={state.error === undefined}>
      <h2 id={id}>{title}</h2>
      {state.error !== undefined ? <ErrorState error={state.error} onRetry={state.reload} /> : <Loading />}
    </section>
  );
}
