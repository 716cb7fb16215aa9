// Run and change fixtures for the runs tests.
import type { Change, Run } from '../../api/client';

/** A finished auto-assign run proposing changes (fixture for tests). */
export function proposedRun(over: Partial<Run> = {}): Run {
  return {
    id: 5,
    kind: 'auto',
    status: 'proposed',
    phase: 'done',
    progress: 100,
    dry_run: true,
    rebalance: false,
    k: null,
    subject_id: null,
    departure: null,
    unit_id: null,
    requested_by: 1,
    requested_by_name: '系统管理员',
    committed_by_name: null,
    committed_by: null,
    created_at: 1_700_000_000,
    finished_at: 1_700_000_001,
    duration_ms: 30,
    error: null,
    summary: {
      before: { assigned: 0, unassigned: 20, total_score: 0, mean_score: 0, load_min: 0, load_median: 0, load_max: 0, overload: 0 },
      after: { assigned: 18, unassigned: 2, total_score: 84, mean_score: 4.2, load_min: 1, load_median: 6, load_max: 6, overload: 0 },
      changed_count: 18,
      capacity_shortfall: 2,
      capacity_free_bound: 96,
      managers_unavailable: 0,
      segments: 2,
      phase_ms: [],
      personas: [
        {
          segment: 0,
          size: 11,
          top_needs: [{ tag: 'education', share: 0.545 }],
          top_hobbies: [{ tag: 'travel', share: 0.636 }],
          median_age: 37,
          median_assets: 477_519_000,
          class_mix: [
            { class: 'A', count: 0 },
            { class: 'D', count: 7 },
            { class: 'E', count: 4 },
          ],
        },
        {
          segment: 1,
          size: 9,
          top_needs: [],
          top_hobbies: [{ tag: 'reading', share: 0.667 }],
          median_age: null,
          median_assets: 100,
          class_mix: [{ class: 'C', count: 9 }],
        },
      ],
    },
    ...over,
  };
}

export function runningRun(progress: number, phase: Run['phase'] = 'solving'): Run {
  return { ...proposedRun(), status: 'running', phase, progress, finished_at: null, duration_ms: null, summary: null };
}

export function change(i: number, over: Partial<Change> = {}): Change {
  return {
    customer_id: 100 + i,
    customer_name: `客户${i}`,
    from_manager_id: null,
    from_manager_name: null,
    to_manager_id: 2,
    to_manager_name: '经理1',
    score_before: null,
    score_after: 5,
    needs_match: 2,
    hobbies_match: 3,
    matched_needs: ['savings', 'insurance'],
    matched_hobbies: ['travel'],
    class: 'D',
    reason: 'best_match',
    ...over,
  };
}
