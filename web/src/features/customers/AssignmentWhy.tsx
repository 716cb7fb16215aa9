// "Why this manager": the server's explanation of one assignment.
import { useId } from 'react';
import type { Explanation } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ClassBadge } from '../../shared/ui/ClassBadge';
import { TagList } from '../../shared/ui/TagChips';
import { Time } from '../../shared/ui/Time';

/** "Why this manager": the server's explanation of an assignment (score, matched tags, reason, class). */
export function AssignmentWhy({ explanation, headingLevel = 2 }: { explanation: Explanation; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const id = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const e = explanation;
  return (
    <section className="card" aria-labelledby={id}>
      <H id={id} className="text-lg font-semibold">
        {t.myManager.why}
      </H>
      <dl className="mt-3 grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
        {e.score != null && (
          <>
            <dt className="font-medium text-slate-700">{t.myManager.score}</dt>
            <dd>
              <strong className="text-2xl tabular-nums">{e.score}</strong>
              {e.needs_match != null && e.hobbies_match != null && (
                <span className="ml-2 text-slate-700">= {t.myManager.scoreDetail(e.needs_match, e.hobbies_match)}</span>
              )}
            </dd>
          </>
        )}
        <dt className="font-medium text-slate-700">{t.myManager.sharedNeeds}</dt>
        <dd>{e.matched_needs.length ? <TagList names={e.matched_needs} highlight={e.matched_needs} /> : <span className="text-slate-600">{t.myManager.noOverlap}</span>}</dd>
        <dt className="font-medium text-slate-700">{t.myManager.sharedHobbies}</dt>
        <dd>{e.matched_hobbies.length ? <TagList names={e.matched_hobbies} highlight={e.matched_hobbies} /> : <span className="text-slate-600">{t.myManager.noOverlap}</span>}</dd>
        {e.reason && (
          <>
            <dt className="font-medium text-slate-700">{t.myManager.reason}</dt>
            <dd>{t.reasons[e.reason] ?? e.reason}</dd>
          </>
        )}
        {e.class && (
          <>
            <dt className="font-medium text-slate-700">{t.myManager.class}</dt>
            <dd>
              <ClassBadge value={e.class} />
              <p className="mt-1 text-sm text-slate-600">
                {t.myManager.classHint}
              </p>
            </dd>
          </>
        )}
        {e.assigned_at != null && (
          <>
            <dt className="font-medium text-slate-700">{t.myManager.assignedAt}</dt>
            <dd>
              <Time at={e.assigned_at} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
