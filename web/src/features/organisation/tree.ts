// The organisation list as a tree: the list comes parents before children, so one pass in
// order finds a unit's sub-units, its path from the top, and which rows a collapse hides.
import type { Unit } from '../../api/client';

/** The unit and every unit below it. */
export function subtree(units: readonly Unit[], id: number): Set<number> {
  const ids = new Set([id]);
  for (const u of units) if (u.parent_id !== null && ids.has(u.parent_id)) ids.add(u.id);
  return ids;
}

/** Units that have at least one sub-unit in the list. */
export function withChildren(units: readonly Unit[]): Set<number> {
  return new Set(units.flatMap((u) => (u.parent_id === null ? [] : [u.parent_id])));
}

/** The rows to show when the units in `collapsed` hide what is below them. */
export function visibleUnits(units: readonly Unit[], collapsed: ReadonlySet<number>): Unit[] {
  const hidden = new Set<number>();
  for (const u of units) if (u.parent_id !== null && (collapsed.has(u.parent_id) || hidden.has(u.parent_id))) hidden.add(u.id);
  return units.filter((u) => !hidden.has(u.id));
}

/** The names from the top of the list down to the unit ("总行 / 上海分行"). */
export function unitPath(units: readonly Unit[], unit: Unit): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names = [unit.name];
  const seen = new Set([unit.id]);
  let parent = unit.parent_id === null ? undefined : byId.get(unit.parent_id);
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
    parent = parent.parent_id === null ? undefined : byId.get(parent.parent_id);
  }
  return names.join(' / ');
}
