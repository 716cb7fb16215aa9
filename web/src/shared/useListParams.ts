// useListParams: a list's filters and page kept in the address bar — a changed filter goes
// back to page 1, an empty value leaves the address.
import { useSearchParams } from 'react-router';

export function useListParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (resetPage) next.delete('page');
    setParams(next);
  };
  const goToPage = (p: number) => update({ page: String(p) }, false);
  return { params, update, goToPage };
}
