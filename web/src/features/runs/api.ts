// Assignment run calls: start an auto-assign or a segmentation, the history, one run, its changes, commit and discard.
import { api, call, type Schemas } from '../../api/client';

export const startAutoAssign = (body: Schemas['AutoAssignRequest']) => call(api.POST('/api/admin/auto-assign', { body }));

export const startSegmentation = (body: Schemas['SegmentationRequest']) => call(api.POST('/api/admin/segmentation', { body }));

/** One page of the run history, newest first. */
export const listRuns = (page: number, perPage: number) =>
  call(api.GET('/api/admin/assignment-runs', { params: { query: { page, per_page: perPage } } }));

export const getRun = (id: number) => call(api.GET('/api/admin/assignment-runs/{id}', { params: { path: { id } } }));

/** One page of a run's proposed (or applied) changes. */
export const listChanges = (id: number, page: number, perPage: number) =>
  call(api.GET('/api/admin/assignment-runs/{id}/changes', { params: { path: { id }, query: { page, per_page: perPage } } }));

export const commitRun = (id: number) => call(api.POST('/api/admin/assignment-runs/{id}/commit', { params: { path: { id } } }));

export const discardRun = (id: number) => call(api.POST('/api/admin/assignment-runs/{id}/discard', { params: { path: { id } } }));
