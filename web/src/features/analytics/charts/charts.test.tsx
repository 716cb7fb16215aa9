// Tests of the class distribution and manager load charts.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { ClassDistributionChart } from './ClassDistributionChart';
import { loadTooltipLabel, ManagerLoadChart, type ManagerLoad } from './ManagerLoadChart';

describe('ClassDistributionChart', () => {
  it('draws one bar per class and lists the numbers in a table', () => {
    const { container } = render(
      <I18nProvider lang="zh">
        <ClassDistributionChart
          data={[
            { cls: 'A', count: 3 },
            { cls: 'B', count: 5 },
            { cls: 'C', count: 8 },
            { cls: 'D', count: 2 },
            { cls: 'E', count: 1 },
            { cls: '', count: 4 },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: '客户等级分布' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '客户等级分布' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '客户等级分布' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(rows[3]).toHaveTextContent('C8');
    expect(rows[6]).toHaveTextContent('未分级4');
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(container.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle')).toHaveLength(6);
  });
});

describe('ManagerLoadChart', () => {
  it('shows load and capacity per manager in English', () => {
    render(
      <I18nProvider lang="en">
        <ManagerLoadChart
          data={[
            { name: 'Li', load: 12, capacity: 50 },
            { name: 'Wang', load: 50, capacity: 50 },
          ]}
        />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Manager load vs capacity' });
    expect(within(table).getByRole('rowheader', { name: 'Wang' }).parentElement).toHaveTextContent('Wang5050');
  });

  it('tells two managers of one name apart by username, in the table and the tooltip', () => {
    const data = [
      { name: '经理1', username: 'manager1', load: 12, capacity: 50 },
      { name: '经理1', username: 'manager6', load: 3, capacity: 40 },
    ];
    render(
      <I18nProvider lang="zh">
        <ManagerLoadChart data={data} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: '客户经理负载与容量' });
    expect(within(table).getByRole('rowheader', { name: '经理1（manager1）' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '经理1（manager6）' })).toBeInTheDocument();
    const who = (m: ManagerLoad) => `${m.name}（${m.username ?? '?'}）`;
    expect(loadTooltipLabel('经理1', [{ payload: data[1] }], who)).toBe('经理1（manager6）');
    expect(loadTooltipLabel('经理1', [], who)).toBe('经理1');
  });
});
