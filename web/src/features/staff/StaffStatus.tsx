// A staff member's status in words (active, on leave, deactivated), and whether a password an
// admin set still waits to be changed: badges told apart by their words, not only their colour.
import type { StaffMember } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

const badge = 'inline-block rounded border px-1.5 text-xs font-medium whitespace-nowrap';
const STYLE: Record<StaffMember['status'], string> = {
  active: 'border-green-700 bg-green-50 text-green-900',
  on_leave: 'border-amber-700 bg-amber-50 text-amber-900',
  deactivated: 'border-slate-500 bg-slate-100 text-slate-800',
};

export function StaffStatus({ member: m }: { member: StaffMember }) {
  const { t } = useI18n();
  const words = { active: t.staff.active, on_leave: t.staff.onLeave, deactivated: t.staff.inactive };
  return (
    <div className="flex flex-wrap gap-1">
      <span className={`${badge} ${STYLE[m.status] ?? STYLE.deactivated}`}>{words[m.status] ?? m.status}</span>
      {m.must_change_password && <span className={`${badge} border-amber-700 bg-amber-50 text-amber-900`}>{t.staff.mustChange}</span>}
    </div>
  );
}
