// An entry's kind as an icon and a word ("📞 电话", "🎉 人生事件 · 结婚"); the icon is decoration, the word is what is read.
import { useI18n } from '../../i18n/i18n';
import type { Interaction, Kind } from './api';

const ICONS: Record<Kind, string> = {
  call: '📞',
  meeting: '🤝',
  message: '💬',
  visit: '🏠',
  life_event: '🎉',
  contact_request: '🙋',
};

export function KindLabel({ entry }: { entry: Pick<Interaction, 'kind' | 'life_event'> }) {
  const { t } = useI18n();
  const r = t.relationship;
  return (
    <span className="inline-flex items-center gap-1.5 font-medium">
      <span aria-hidden="true">{ICONS[entry.kind]}</span>
      {r.kinds[entry.kind]}
      {entry.life_event && <span className="font-normal text-slate-700">· {r.lifeEvents[entry.life_event]}</span>}
    </span>
  );
}

/**
 * Open, overdue or done, for an entry with a follow-up. A contact request is due the moment it is
 * made, so "overdue" would mark every one: it stays open until done.
 */
export function followUpStatus(entry: Pick<Interaction, 'kind' | 'follow_up_at' | 'follow_up_done'>, nowSeconds: number): 'open' | 'overdue' | 'done' | null {
  if (entry.follow_up_at == null) return null;
  if (entry.follow_up_done) return 'done';
  return entry.follow_up_at < nowSeconds && entry.kind !== 'contact_request' ? 'overdue' : 'open';
}

const STATUS_STYLES = {
  open: 'border-blue-700 bg-blue-50 text-blue-900',
  overdue: 'border-red-700 bg-red-50 text-red-900',
  done: 'border-green-700 bg-green-50 text-green-900',
} as const;

export function StatusBadge({ status, label }: { status: keyof typeof STATUS_STYLES; label: string }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS_STYLES[status]}`}>{label}</span>;
}
