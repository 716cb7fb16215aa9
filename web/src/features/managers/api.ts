// Manager calls: one page of managers, every manager, one profile and its update, and a book transfer's preview.
import { api, call, type ManagerListQuery, type ManagerProfile, type ManagerProfileUpdate } from '../../api/client';

/** One page of the managers of the admin's part (by name or username with `q`, of one unit and below with `unit_id`). */
export const listManagers = (query: ManagerListQuery) => call(api.GET('/api/managers', { params: { query } }));

/** All managers (the list is paged; admins only). */
export async function allManagers(): Promise<ManagerProfile[]> {
  const items: ManagerProfile[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await call(api.GET('/api/managers', { params: { query: { page, per_page: 500 } } }));
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) break;
  }
  return items;
}

/** A manager's profile: the full one for admins and the manager, the public card for others. */
export const getManagerProfile = (id: number) => call(api.GET('/api/managers/{id}/profile', { params: { path: { id } } }));

export const updateManagerProfile = (id: number, body: ManagerProfileUpdate) =>
  call(api.PUT('/api/managers/{id}/profile', { params: { path: { id } }, body }));

/** A dry-run transfer of the manager's whole book; the answer names the run to preview. */
export const previewTransfer = (id: number) =>
  call(api.POST('/api/admin/managers/{id}/transfer', { params: { path: { id } }, body: { dry_run: true } }));
