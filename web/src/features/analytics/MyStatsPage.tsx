// A manager's book statistics (/manager/stats): headline figures, the class mix and the top needs.
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { formatNumber, formatPercent } from '../../shared/format';
import { Kpi } from '../../shared/ui/Kpi';
import { Page } from '../../shared/ui/Page';
import { EmptyState, ErrorState, Loading } from '../../shared/ui/States';
import { useAsync } from '../../shared/useAsync';
import { useAuth } from '../auth/session';
import { getManagerStats } from './api';
import { ClassDistributionChart, toClassCounts } from './charts/ClassDistributionChart';
import { TopNeedsChart } from './charts/TopNeedsChart';

/** A manager's own book: headline figures, the class mix and the most common needs. */
export default function MyStatsPage() {
  const { t, locale } = useI18n();
  const m = t.managerStats;
  const { session } = useAuth();
  const id = session!.user.id;
  const state = useAsync(() => getManagerStats(id), [id]);
  const s = state.data;
  return (
    <Page
      title={m.title}
      actions={
        <Link to="/manager/customers" className="link">
          {t.nav.myCustomers} →
        </Link>
      }
    >
      {state.loading && !s && <Loading />}
      {state.error !== undefined && <ErrorState error={state.error} onRetry={state.reload} />}
      {s && (
        <>
          <dl className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Kpi label={m.customers} value={s.customer_count} />
            <Kpi
              label={m.utilisation}
              value={formatPercent(s.utilisation, locale)}
              sub={t.dashboard.capacityValue(formatNumber(s.customer_count, locale), formatNumber(s.capacity, locale))}
            />
            <Kpi label={m.meanScore} value={s.mean_score != null ? formatNumber(s.mean_score, locale, 2) : '—'} />
            <Kpi label={m.status} value={s.active ? t.managers.active : t.managers.onLeave} />
          </dl>
          {s.customer_count === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <ClassDistributionChart data={toClassCounts(s.class_mix)} title={m.classMix} description={m.classMixDesc} />
              <TopNeedsChart data={s.top_needs} total={s.customer_count} />
            </div>
          )}
        </>
      )}
    </Page>
  );
}
