// Analytics calls: the dashboard's figures and five analyses (of one unit's subtree with `unit`), and a manager's book statistics.
import { api, call } from '../../api/client';

/** `unit`: that unit and everything below it; undefined: the admin's whole part of the organisation. */
type Unit = number | undefined;

const scoped = (unit: Unit) => ({ params: { query: { unit_id: unit } } });

/** Book totals, customers per class, unassigned customers and capacity. */
export const getDashboard = (unit: Unit) => call(api.GET('/api/admin/dashboard', scoped(unit)));

/** The same totals with every manager's load against capacity. */
export const getStats = (unit: Unit) => call(api.GET('/api/admin/stats', scoped(unit)));

export const getPersonas = (unit: Unit) => call(api.GET('/api/admin/analytics/personas', scoped(unit)));

export const getScores = (unit: Unit) => call(api.GET('/api/admin/analytics/scores', scoped(unit)));

/** The latest `limit` finished runs, oldest first. */
export const getTrend = (limit: number, unit: Unit) => call(api.GET('/api/admin/analytics/trend', { params: { query: { limit, unit_id: unit } } }));

export const getProjection = (unit: Unit) => call(api.GET('/api/admin/analytics/projection', scoped(unit)));

export const getCapabilityGaps = (unit: Unit) => call(api.GET('/api/admin/analytics/capability-gaps', scoped(unit)));

/** One manager's book: customers, capacity used, mean score, class mix, top needs. */
export const getManagerStats = (id: number) => call(api.GET('/api/managers/{id}/stats', { params: { path: { id } } }));
