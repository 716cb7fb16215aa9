// useRun: one run, fetched again while it is running (also the poll interval of import jobs).
import { useCallback, useEffect, useState } from 'react';
import type { Run } from '../../api/client';
import { getRun } from './api';

/** How often a running run is fetched again. */
export const POLL_MS = 500;

export interface RunState {
  run: Run | undefined;
  error: unknown;
  /** Fetch again (and keep polling while it runs). */
  reload: () => void;
  /** Replace the run with an answer from commit/discard. */
  setRun: (run: Run) => void;
}

/** One run, fetched again every `interval` ms while its status is `running`. */
export function useRun(id: number, interval = POLL_MS): RunState {
  const [run, setRun] = useState<Run>();
  const [error, setError] = useState<unknown>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const fetchOnce = async () => {
      try {
        const next = await getRun(id);
        if (stopped) return;
        setRun(next);
        setError(undefined);
        if (next.status === 'running') timer = window.setTimeout(() => void fetchOnce(), interval);
      } catch (e) {
        if (!stopped) setError(e);
      }
    };
    setError(undefined);
    void fetchOnce();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [id, interval, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { run: run?.id === id ? run : undefined, error, reload, setRun };
}
