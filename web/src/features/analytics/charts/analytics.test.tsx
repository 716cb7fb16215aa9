// Tests of the analyses: personas, score histogram, run trend, projection, capability gaps, top needs.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../i18n/dict';
import { I18nProvider } from '../../../i18n/i18n';
import { PersonaCards } from '../../runs/PersonaCards';
import { gaps, managerStats, personas, projection, scores, trend } from '../fixtures';
import { CapabilityGapsTable, gapState, sortGaps } from './CapabilityGapsTable';
import { niceAxis, ProjectionScatter } from './ProjectionScatter';
import { RunTrendChart, TrendTooltip } from './RunTrendChart';
import { ScoreHistogramChart } from './ScoreHistogramChart';
import { TopNeedsChart } from './TopNeedsChart';

function inLang(lang: Lang, ui: ReactNode) {
  return render(
    <I18nProvider lang={lang}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nProvider>,
  );
}

const legend = (container: HTMLElement) => [...container.querySelectorAll('.recharts-legend-item-text')].map((e) => e.textContent);
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('PersonaCards on the dashboard', () => {
  it('shows one card per segment with shares, median age and assets in CNY', () => {
    inLang('zh', <PersonaCards personas={personas.personas} empty="none yet" />);
    const first = screen.getByRole('region', { name: '客群 0' });
    expect(first).toHaveTextContent('12 位客户');
    expect(first).toHaveTextContent('60%'); // 12 of 20
    expect(within(first).getByText('教育')).toBeInTheDocument();
    expect(within(first).getByText('教育').parentElement).toHaveTextContent('教育 50%');
    expect(within(first).getByText('旅行').parentElement).toHaveTextContent('旅行 75%');
    expect(within(first).getByText('年龄中位数').nextElementSibling).toHaveTextContent('41');
    expect(within(first).getByText('资产中位数').nextElementSibling).toHaveTextContent('¥1,234,567.89');
    const second = screen.getByRole('region', { name: '客群 1' });
    expect(within(second).getByText('年龄中位数').nextElementSibling).toHaveTextContent('—');
    expect(within(second).getByText('主要爱好').nextElementSibling).toHaveTextContent('无');
  });

  it('shows the empty state before the first segmentation', () => {
    inLang('en', <PersonaCards personas={[]} empty="No segmentation yet." />);
    expect(screen.getByRole('heading', { name: 'Segment personas' })).toBeInTheDocument();
    expect(screen.getByText('No segmentation yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Segment \d/ })).toBeNull();
  });
});

describe('ScoreHistogramChart', () => {
  it('draws current and best possible bars per score, with both means', () => {
    const { container } = inLang('zh', <ScoreHistogramChart data={scores} />);
    const figure = screen.getByRole('figure', { name: '匹配分分布：当前与最优可能' });
    expect(within(figure).getByRole('img', { name: '匹配分分布：当前与最优可能' })).toBeInTheDocument();
    expect(legend(container)).toEqual(['当前', '最优可能']);
    // One bar per non-zero value: 4 current + 3 best possible.
    expect(container.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle')).toHaveLength(7);
    expect(within(figure).getByText('当前平均分').nextElementSibling).toHaveTextContent('2.63');
    expect(within(figure).getByText('最优可能平均分').nextElementSibling).toHaveTextContent('3.30');
    expect(figure).toHaveTextContent('已分配 16 位，未分配 4 位');
    const rows = bodyRows(screen.getByRole('table', { name: '匹配分分布：当前与最优可能' }));
    expect(rows).toHaveLength(5);
    expect(rows[4]).toHaveTextContent('439');
  });

  it('shows an empty state when there are no customers', () => {
    const { container } = inLang('en', <ScoreHistogramChart data={{ ...scores, buckets: [], assigned: 0, unassigned: 0, mean_current: 0, mean_best_possible: 0 }} />);
    expect(screen.getByText('No customers yet, so there are no scores.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });
});

describe('RunTrendChart', () => {
  it('draws assigned, unassigned and mean score lines with a dot per run', () => {
    const { container } = inLang('en', <RunTrendChart runs={trend.runs} />);
    expect(screen.getByRole('heading', { name: 'Run trend' })).toBeInTheDocument();
    expect(legend(container)).toEqual(['Assigned', 'Unassigned', 'Mean score']);
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(9);
    // Two y axes: counts on the left, the mean score on the right.
    expect(container.querySelectorAll('.recharts-yAxis')).toHaveLength(2);
    const rows = bodyRows(screen.getByRole('table', { name: 'Run trend' }));
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['#3', '#4', '#6']);
    expect(rows[0]).toHaveTextContent('Auto-assign · Committed');
    expect(rows[0]).toHaveTextContent('4.20');
    expect(rows[0]).toHaveTextContent('42 ms');
    expect(rows[1]).toHaveTextContent('Book transfer · Discarded');
    expect(rows[2]).toHaveTextContent('Proposed (preview)');
  });

  it('puts the duration in the tooltip', () => {
    inLang('zh', <TrendTooltip active point={trend.runs[2]} />);
    expect(screen.getByText('运行 #6')).toBeInTheDocument();
    expect(screen.getByText('耗时').nextElementSibling).toHaveTextContent('1234 毫秒');
    expect(screen.getByText('平均匹配分').nextElementSibling).toHaveTextContent('4.35');
    expect(screen.getByText('自动分配 · 待确认 (预览)')).toBeInTheDocument();
  });

  it('says so when there are no runs', () => {
    inLang('zh', <RunTrendChart runs={[]} />);
    expect(screen.getByText('还没有完成的分配运行。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('ProjectionScatter', () => {
  const marks = (container: HTMLElement) => [...container.querySelectorAll('path.projection-segment')].map((p) => Number(p.getAttribute('data-count')));
  const legendItems = () => within(screen.getByRole('list', { name: /图例|Legend/ })).getAllByRole('listitem').map((li) => li.textContent);

  it('colours points by segment with a legend entry each, and labels the axes with the variance', () => {
    const { container } = inLang('zh', <ProjectionScatter data={projection} />);
    expect(legendItems()).toEqual(['客群 0', '客群 1', '未分群']);
    expect(marks(container)).toEqual([3, 2, 1]);
    expect(new Set([...container.querySelectorAll('path.projection-segment')].map((p) => p.getAttribute('fill'))).size).toBe(3);
    expect(container.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick').length).toBeGreaterThan(1);
    expect(screen.getByText('主成分 1（解释 35% 的方差）')).toBeInTheDocument();
    expect(screen.getByText('主成分 2（解释 13% 的方差）')).toBeInTheDocument();
    expect(screen.getByText('显示 6 / 10 位客户')).toBeInTheDocument();
    const rows = bodyRows(screen.getByRole('table', { name: '客户分布投影' }));
    expect(rows.map((r) => r.textContent)).toEqual(['客群 03-1.000.50', '客群 121.50-1.50', '未分群10.000.00']);
  });

  it('draws 5,000 points as one path per segment, segments in numeric order and the unsegmented last', () => {
    const segs = [10, 2, null, 0];
    const points = Array.from({ length: 5000 }, (_, i) => ({ customer_id: i + 1, x: (i % 100) / 10, y: Math.floor(i / 100) / 10, segment: segs[i % 4] ?? null, class: null }));
    const { container } = inLang('en', <ProjectionScatter data={{ ...projection, points, population: 123_456 }} />);
    expect(marks(container)).toEqual([1250, 1250, 1250, 1250]);
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(0);
    expect(legendItems()).toEqual(['Segment 0', 'Segment 2', 'Segment 10', 'Unsegmented']);
    expect(screen.getByText('5,000 of 123,456 customers shown')).toBeInTheDocument();
  });

  it('names the customer under the mouse', () => {
    const { container } = inLang('zh', <ProjectionScatter data={projection} />);
    const segment1 = container.querySelectorAll('path.projection-segment')[1]!;
    const [, x, y] = /^M([-\d.]+),([-\d.]+)/.exec(segment1.getAttribute('d') ?? '')!.map(Number);
    const overlay = container.querySelector('g.projection-marks > rect')!;
    // jsdom lays nothing out, so the overlay's box starts at 0,0: client = svg - plot origin.
    fireEvent.mouseMove(overlay, { clientX: x! - Number(overlay.getAttribute('x')), clientY: y! - Number(overlay.getAttribute('y')) });
    expect(container.querySelector('.projection-tooltip')).toHaveTextContent('客户 #4客群 1 · 等级 C');
    fireEvent.mouseLeave(overlay);
    expect(container.querySelector('.projection-tooltip')).toBeNull();
  });

  it('rounds the axes out to even ticks', () => {
    expect(niceAxis([-4.3, 4.6])).toEqual({ domain: [-6, 6], ticks: [-6, -4, -2, 0, 2, 4, 6] });
    expect(niceAxis([-1.5, 2])).toEqual({ domain: [-2, 2], ticks: [-2, -1, 0, 1, 2] });
    expect(niceAxis([-0.4, 0.9])).toEqual({ domain: [-0.5, 1], ticks: [-0.5, 0, 0.5, 1] });
    expect(niceAxis([3, 3]).domain).toEqual([2, 4]);
    expect(niceAxis([]).domain).toEqual([-1, 1]);
  });

  it('shows an empty state without points', () => {
    inLang('en', <ProjectionScatter data={{ ...projection, points: [], population: 0 }} />);
    expect(screen.getByText('No customers yet, so there is nothing to project.')).toBeInTheDocument();
  });
});

describe('CapabilityGapsTable', () => {
  it('lists needs by unserved customers, translated, with served % and flags', () => {
    inLang('zh', <CapabilityGapsTable data={gaps} />);
    const table = screen.getByRole('table', { name: '能力缺口' });
    const rows = bodyRows(table);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['教育', '贷款', '税务', '储蓄']);
    expect(rows[0]).toHaveTextContent('教育1010%(1)93150容量足够');
    expect(rows[1]).toHaveTextContent('贷款825%(2)623⚠ 未服务客户多于空余容量');
    expect(rows[2]).toHaveTextContent('税务40%(0)400⚠ 无客户经理提供');
    expect(rows[3]).toHaveTextContent('储蓄7100%(7)0150容量足够');
    expect(rows.map((r) => r.getAttribute('data-gap'))).toEqual(['ok', 'over_demand', 'no_manager', 'ok']);
    // The table can be scrolled sideways with the keyboard.
    expect(screen.getByRole('group', { name: '能力缺口' })).toHaveAttribute('tabindex', '0');
  });

  it('sorts and classifies without rendering', () => {
    expect(sortGaps(gaps.needs).map((g) => g.need)).toEqual(['education', 'loan', 'tax', 'savings']);
    expect(gapState({ need: 'x', customers: 0, served: 0, managers: 0, capacity_left: 0 })).toBe('no_manager');
    expect(gapState({ need: 'x', customers: 5, served: 1, managers: 1, capacity_left: 4 })).toBe('ok');
  });

  it('shows an empty state in English', () => {
    inLang('en', <CapabilityGapsTable data={{ needs: [], computed_at: 0 }} />);
    expect(screen.getByRole('heading', { name: 'Capability gaps' })).toBeInTheDocument();
    expect(screen.getByText('No need tags yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('TopNeedsChart', () => {
  it('draws a bar per need with its count and share of the book', async () => {
    const { container } = inLang('en', <TopNeedsChart data={managerStats.top_needs} total={12} />);
    expect(container.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle')).toHaveLength(3);
    expect([...container.querySelectorAll('.recharts-label-list text, .recharts-label')].map((e) => e.textContent)).toEqual(['9', '6', '3']);
    await userEvent.click(screen.getByText('Chart data'));
    const rows = bodyRows(screen.getByRole('table', { name: 'My customers’ top needs' }));
    expect(rows.map((r) => r.textContent)).toEqual(['Education975%', 'Wealth management650%', 'Loans325%']);
  });

  it('says so when no customer has a need', () => {
    inLang('zh', <TopNeedsChart data={[]} total={3} />);
    expect(screen.getByText('名下客户还没有填写需求。')).toBeInTheDocument();
  });
});
