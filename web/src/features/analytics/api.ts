// Analytics calls: the class counts, the five dashboard analyses and a manager's book statistics.
import { api, call } from '../../api/client';

/** Customers per class (A–E, then "unclassified"), with the total. */
export const getClassification = () => call(api.GET('/api/customers/classification'));

export const getPersonas = () => call(api.GET('/api/admin/analytics/personas'));

export const getScores = () => call(api.GET('/api/admin/analytics/scores'));

/** The latest `limit` finished runs, oldest first. */
export const getTrend = (limit: number) => call(api.GET('/api/admin/analytics/trend', { params: { query: { limit } } }));

export const getProjection = () => call(api.GET('/api/admin/analytics/projection'));

export const getCapabilityGaps = () => call(api.GET('/api/admin/analytics/capability-gaps'));

/** One manager's book: customers, capacity used, mean score, class mix, top needs. */
export const getManagerStats = (id: number) => call(api.GET('/api/managers/{id}/stats', { params: { path: { id } } }));
