// Staff directory calls: one page of the managers and admins of the admin's part of the
// organisation, one of them, a new account, a change (deactivation included), a password an
// admin sets, and a manager's departure. The units for the unit choices come from
// organisation/api.ts; a departure's proposal is committed or discarded with runs/api.ts.
import { api, call, type NewStaff, type Schemas, type StaffListQuery, type StaffUpdate } from '../../api/client';

/** How a manager leaves: on leave (still logs in) or deactivated. */
export type Departure = Schemas['DepartureRequest']['status'];

/** One page of the directory (by username), filtered by search, role, unit (and below) and state. */
export const listStaff = (query: StaffListQuery) => call(api.GET('/api/admin/staff', { params: { query } }));

export const getStaff = (id: number) => call(api.GET('/api/admin/staff/{id}', { params: { path: { id } } }));

/** A new manager or admin (201); its owner must choose their own password at first login. */
export const createStaff = (body: NewStaff) => call(api.POST('/api/admin/staff', { body }));

/** Name, unit, grade, contact details (empty clears), or `active` (false ends every session). */
export const updateStaff = (id: number, body: StaffUpdate) => call(api.PUT('/api/admin/staff/{id}', { params: { path: { id } }, body }));

/** A password an admin sets: every session of the account ends, and it must be changed at next login. */
export const setPassword = (id: number, password: string) =>
  call(api.PUT('/api/admin/users/{id}/password', { params: { path: { id } }, body: { password } }));

/**
 * A preview of a manager's departure (head-office admins): their whole book re-homed among the
 * other active managers and their status changed, both waiting as one proposal (a run, 202 while
 * it still runs) for its commit.
 */
export const previewDeparture = (id: number, status: Departure) =>
  call(api.POST('/api/admin/staff/{id}/departure', { params: { path: { id } }, body: { status, dry_run: true } }));
