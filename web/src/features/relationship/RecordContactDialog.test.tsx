// Tests of recording a contact: the form's checks, the body sent, a 422 at its field, and a life event's needs added only on the click.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerProfile } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { fromLocalInput, toLocalInput } from './dates';
import { CUSTOMER, entry, page } from './fixtures';
import { RecordContactDialog } from './RecordContactDialog';
import { RelationshipSection } from './RelationshipSection';

const HOUR = 3_600_000;
const local = (msFromNow: number) => toLocalInput(new Date(Date.now() + msFromNow));

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderDialog(lang: 'zh' | 'en' = 'zh') {
  const onRecorded = vi.fn();
  renderApp(<RecordContactDialog customerId={7} customerName="客户7" onCancel={() => {}} onRecorded={onRecorded} />, { session: session('manager', 4), lang });
  return onRecorded;
}

describe('RecordContactDialog', () => {
  it('checks the life event, the note and the follow-up before sending anything', async () => {
    const { calls } = mockFetch(() => json({}, 500));
    renderDialog();
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog', { name: '记录与 客户7 的联系' });
    // Now, to the minute (the clock may have turned one since the dialog opened).
    const shown = fromLocalInput((screen.getByLabelText('联系时间') as HTMLInputElement).value)!;
    expect(Math.abs(Date.now() / 1000 - shown)).toBeLessThan(120);

    await user.selectOptions(screen.getByLabelText('联系方式'), '人生事件');
    fireEvent.change(screen.getByLabelText('备注（可选）'), { target: { value: '长'.repeat(1001) } });
    fireEvent.change(screen.getByLabelText('跟进时间（可选）'), { target: { value: local(-2 * 24 * HOUR) } });
    await user.click(within(dialog).getByRole('button', { name: '保存记录' }));

    expect(screen.getByLabelText('人生事件')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('人生事件')).toHaveAccessibleDescription('请选择是哪一项人生事件。');
    expect(screen.getByLabelText('人生事件')).toHaveFocus();
    expect(screen.getByLabelText('备注（可选）')).toHaveAccessibleDescription(expect.stringContaining('备注最多 1000 字。'));
    expect(screen.getByLabelText('跟进时间（可选）')).toHaveAccessibleDescription(expect.stringContaining('跟进时间须晚于联系时间'));
    expect(screen.getByLabelText('联系时间')).not.toHaveAttribute('aria-invalid');

    // A contact in the future is refused too.
    fireEvent.change(screen.getByLabelText('联系时间'), { target: { value: local(2 * HOUR) } });
    await user.click(within(dialog).getByRole('button', { name: '保存记录' }));
    expect(screen.getByLabelText('联系时间')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('sends the kind, the trimmed note and both times in Unix seconds', async () => {
    const recorded = { interaction: entry(1, { note: '谈到子女教育金' }), suggested_needs: [] };
    const { calls } = mockFetch(() => json(recorded, 201));
    const onRecorded = renderDialog();
    const user = userEvent.setup();
    const happened = local(-3 * HOUR);
    const followUp = local(48 * HOUR);
    await user.selectOptions(screen.getByLabelText('联系方式'), '会面');
    await user.type(screen.getByLabelText('备注（可选）'), '  谈到子女教育金 ');
    expect(screen.getByLabelText('备注（可选）')).toHaveAccessibleDescription('7 / 1,000 字');
    fireEvent.change(screen.getByLabelText('联系时间'), { target: { value: happened } });
    fireEvent.change(screen.getByLabelText('跟进时间（可选）'), { target: { value: followUp } });
    await user.click(screen.getByRole('button', { name: '保存记录' }));

    await vi.waitFor(() => expect(onRecorded).toHaveBeenCalledWith(recorded));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url.pathname).toBe('/api/customers/7/interactions');
    expect(calls[0]!.body).toEqual({ kind: 'meeting', note: '谈到子女教育金', happened_at: fromLocalInput(happened), follow_up_at: fromLocalInput(followUp) });
  });

  it('puts the server’s 422 at the field it names', async () => {
    mockFetch(() => json({ error: 'invalid_interaction', message: 'a follow-up comes after the contact', field: 'follow_up_at' }, 422));
    const onRecorded = renderDialog('en');
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Follow up on (optional)'), { target: { value: local(24 * HOUR) } });
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    const field = screen.getByLabelText('Follow up on (optional)');
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('The follow-up must come after the contact and within two years.'));
    expect(onRecorded).not.toHaveBeenCalled();
  });
});

/** The section for customer 7, whose portrait has `savings`; a child brings education, insurance and savings. */
function renderSection(role: 'admin' | 'manager') {
  let profile: CustomerProfile = { ...CUSTOMER, needs: ['savings'] };
  let items = [entry(1)];
  const mock = mockFetch(async (req, url) => {
    if (url.pathname === '/api/customers/7/interactions' && req.method === 'GET') return json(page(items, { per_page: 10 }));
    if (url.pathname === '/api/customers/7/interactions') {
      const created = entry(2, { kind: 'life_event', life_event: 'child', happened_at: Math.floor(Date.now() / 1000) });
      items = [created, ...items];
      return json({ interaction: created, suggested_needs: ['education', 'insurance'] }, 201);
    }
    if (url.pathname === '/api/customers/7/profile' && req.method === 'GET') return json(profile);
    if (url.pathname === '/api/customers/7/profile' && req.method === 'PUT') {
      profile = { ...profile, ...((await req.json()) as Partial<CustomerProfile>) };
      return json(profile);
    }
    return json({ error: 'not_found', message: url.pathname }, 404);
  });
  const onProfile = vi.fn();
  renderApp(<RelationshipSection customer={CUSTOMER} canUpdateProfile={role === 'admin'} onProfile={onProfile} />, {
    session: session(role, role === 'admin' ? 1 : 4),
  });
  return { ...mock, onProfile };
}

async function recordChild() {
  const user = userEvent.setup();
  await screen.findByRole('list', { name: '联系记录，最新在前' });
  await user.click(screen.getByRole('button', { name: '记录联系' }));
  await user.selectOptions(screen.getByLabelText('联系方式'), '人生事件');
  await user.selectOptions(screen.getByLabelText('人生事件'), '添了孩子');
  await user.click(screen.getByRole('button', { name: '保存记录' }));
  expect(await screen.findByRole('region', { name: '建议补充的需求' })).toBeInTheDocument();
  return user;
}

describe('a life event’s suggested needs', () => {
  it('are only a suggestion: the chosen ones join the current needs on “add”', async () => {
    const { calls, onProfile } = renderSection('admin');
    const user = await recordChild();
    const region = screen.getByRole('region', { name: '建议补充的需求' });
    expect(region).toHaveTextContent('这次人生事件（添了孩子）通常带来这些需求');
    // The new entry is on the timeline, and nothing has touched the profile.
    const timeline = screen.getByRole('list', { name: '联系记录，最新在前' });
    await vi.waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('人生事件· 添了孩子');
    expect(calls.filter((c) => c.url.pathname.endsWith('/profile'))).toEqual([]);

    await user.click(within(region).getByRole('button', { name: /保险/ }));
    await user.click(within(region).getByRole('button', { name: '加入客户画像' }));
    expect(await screen.findByText('已将 1 项需求加入客户画像。')).toBeInTheDocument();
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0]!.url.pathname).toBe('/api/customers/7/profile');
    expect(put[0]!.body).toEqual({ needs: ['savings', 'education'] });
    expect(onProfile).toHaveBeenCalledWith(expect.objectContaining({ needs: ['savings', 'education'] }));
    expect(screen.queryByRole('region', { name: '建议补充的需求' })).toBeNull();
  });

  it('go away on “not now” with nothing changed', async () => {
    const { calls, onProfile } = renderSection('admin');
    const user = await recordChild();
    await user.click(screen.getByRole('button', { name: '暂不加入' }));
    expect(screen.queryByRole('region', { name: '建议补充的需求' })).toBeNull();
    expect(calls.filter((c) => c.url.pathname.endsWith('/profile'))).toEqual([]);
    expect(onProfile).not.toHaveBeenCalled();
  });

  it('are shown to a manager without a button the server would refuse', async () => {
    const { calls } = renderSection('manager');
    await recordChild();
    const region = screen.getByRole('region', { name: '建议补充的需求' });
    expect(within(region).getByRole('list', { name: '建议的需求' })).toHaveTextContent(/教育.*保险/);
    expect(region).toHaveTextContent('客户经理不能修改客户画像');
    expect(within(region).queryByRole('button', { name: '加入客户画像' })).toBeNull();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
