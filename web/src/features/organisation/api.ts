// Organisation calls: the tree of units (the admin's unit and everything below it), and a
// head-office admin's changes to it: create, rename / move, close.
import { api, call, type NewUnit, type Unit, type UnitUpdate } from '../../api/client';

/** The admin's unit and every unit below it, parents before children. */
export const listUnits = (): Promise<Unit[]> => call(api.GET('/api/admin/units')).then((r) => r.units);

/** A new unit under an open one (201 with the unit record). */
export const createUnit = (body: NewUnit) => call(api.POST('/api/admin/units', { body }));

/** Rename and/or move a unit (with everything below it) under another open unit. */
export const updateUnit = (id: number, body: UnitUpdate) => call(api.PUT('/api/admin/units/{id}', { params: { path: { id } }, body }));

/** Close a unit that holds no accounts and no open sub-units. */
export const closeUnit = (id: number) => call(api.POST('/api/admin/units/{id}/close', { params: { path: { id } } }));
