// Fixed analytics answers for component and page tests.
import type { CapabilityGaps, ManagerStats, PersonasResponse, Projection, Schemas, ScoreDistribution, Trend, Unit } from '../../api/client';

/** 20 customers (8 without a manager); 2 managers, 1 of them active. */
export const dashboard: Schemas['DashboardResponse'] = {
  total_customers: 20,
  total_managers: 2,
  active_managers: 1,
  unassigned_customers: 8,
  customer_classes: [
    { class: 'A', count: 2 },
    { class: 'B', count: 0 },
    { class: 'C', count: 10 },
    { class: 'D', count: 0 },
    { class: 'E', count: 0 },
    { class: 'unclassified', count: 8 },
  ],
  mean_match_score: 3.5,
  capacity_used: 12,
  capacity_total: 50,
  last_run: null,
};

export const stats: Schemas['StatsResponse'] = {
  total_customers: 20,
  total_managers: 2,
  total_matches: 12,
  class_stats: dashboard.customer_classes,
  manager_loads: [
    { manager_id: 2, manager_name: '经理1', customer_count: 12, capacity: 50, utilisation: 0.24, active: true, mean_score: 3.5 },
    { manager_id: 3, manager_name: '经理2', customer_count: 0, capacity: 50, utilisation: 0, active: false, mean_score: null },
  ],
};

const unit = (id: number, code: string, name: string, parent_id: number | null, depth: number): Unit => ({
  id,
  code,
  name,
  parent_id,
  depth,
  closed: false,
  managers: 0,
  customers: 0,
  admins: 0,
  capacity: 0,
  load: 0,
});

export const units: Unit[] = [unit(1, 'HQ', '总行', null, 0), unit(2, 'SH', '上海分行', 1, 1), unit(3, 'SH-PD', '浦东支行', 2, 2)];

export const personas: PersonasResponse = {
  personas: [
    {
      segment: 0,
      size: 12,
      top_needs: [
        { tag: 'education', share: 0.5 },
        { tag: 'savings', share: 0.25 },
      ],
      top_hobbies: [{ tag: 'travel', share: 0.75 }],
      median_age: 41,
      median_assets: 123_456_789,
      class_mix: [
        { class: 'A', count: 2 },
        { class: 'C', count: 10 },
      ],
    },
    {
      segment: 1,
      size: 8,
      top_needs: [{ tag: 'loan', share: 0.625 }],
      top_hobbies: [],
      median_age: null,
      median_assets: 5_000_000,
      class_mix: [{ class: 'E', count: 8 }],
    },
  ],
};

export const scores: ScoreDistribution = {
  buckets: [
    { score: 0, current: 0, best_possible: 0 },
    { score: 1, current: 2, best_possible: 0 },
    { score: 2, current: 5, best_possible: 3 },
    { score: 3, current: 6, best_possible: 8 },
    { score: 4, current: 3, best_possible: 9 },
  ],
  assigned: 16,
  unassigned: 4,
  mean_current: 2.625,
  mean_best_possible: 3.3,
  computed_at: 1_700_000_000,
};

export const trend: Trend = {
  runs: [
    { run_id: 3, kind: 'auto', status: 'committed', dry_run: true, created_at: 1_700_000_000, duration_ms: 42, assigned: 18, unassigned: 2, mean_score: 4.2 },
    { run_id: 4, kind: 'transfer', status: 'discarded', dry_run: true, created_at: 1_700_000_600, duration_ms: null, assigned: 18, unassigned: 2, mean_score: 4.1 },
    { run_id: 6, kind: 'auto', status: 'proposed', dry_run: true, created_at: 1_700_001_200, duration_ms: 1234, assigned: 20, unassigned: 0, mean_score: 4.35 },
  ],
};

/** 3 points in segment 0, 2 in segment 1, 1 without a segment; 6 of 10 customers. */
export const projection: Projection = {
  points: [
    { customer_id: 1, x: -1, y: 0.5, segment: 0, class: 'A' },
    { customer_id: 2, x: -1.5, y: 0.25, segment: 0, class: 'B' },
    { customer_id: 3, x: -0.5, y: 0.75, segment: 0, class: null },
    { customer_id: 4, x: 2, y: -1, segment: 1, class: 'C' },
    { customer_id: 5, x: 1, y: -2, segment: 1, class: 'D' },
    { customer_id: 6, x: 0, y: 0, segment: null, class: null },
  ],
  population: 10,
  explained_variance: [0.3456, 0.125],
  computed_at: 1_700_000_000,
};

export const gaps: CapabilityGaps = {
  needs: [
    { need: 'savings', customers: 7, served: 7, managers: 1, capacity_left: 50 },
    { need: 'loan', customers: 8, served: 2, managers: 2, capacity_left: 3 },
    { need: 'tax', customers: 4, served: 0, managers: 0, capacity_left: 0 },
    { need: 'education', customers: 10, served: 1, managers: 3, capacity_left: 150 },
  ],
  computed_at: 1_700_000_000,
};

export const managerStats: ManagerStats = {
  manager_id: 7,
  customer_count: 12,
  capacity: 50,
  utilisation: 0.24,
  active: true,
  mean_score: 4.5,
  class_mix: [
    { class: 'A', count: 1 },
    { class: 'B', count: 3 },
    { class: 'C', count: 5 },
    { class: 'D', count: 2 },
    { class: 'E', count: 0 },
    { class: 'unclassified', count: 1 },
  ],
  top_needs: [
    { need: 'education', customers: 9 },
    { need: 'wealthManagement', customers: 6 },
    { need: 'loan', customers: 3 },
  ],
};
