// The computed, read-only part of a customer profile: class, segment, manager, score (and assets).
import type { CustomerProfile } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatFen } from '../../shared/format';
import { ClassBadge } from '../../shared/ui/ClassBadge';

/** The computed, read-only part of a customer profile. */
export function ProfileSummary({ profile, showAssets }: { profile: CustomerProfile; showAssets?: boolean }) {
  const { t, locale } = useI18n();
  const rows: [string, React.ReactNode][] = [
    [t.profile.username, profile.username],
    [t.profile.class, profile.class ? <ClassBadge value={profile.class} /> : t.common.notSet],
    [t.profile.segment, profile.segment ?? t.common.notSet],
    [t.profile.manager, profile.manager_name ?? t.common.unassigned],
    [t.profile.score, profile.match_score ?? t.common.notSet],
  ];
  if (showAssets) rows.push([t.profile.assets, formatFen(profile.total_assets, locale)]);
  return (
    <section className="card self-start" aria-label={t.profile.username}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
