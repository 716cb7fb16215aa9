// Tests of the profile form: only changed fields sent, local checks, the API's 422 at its field.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerProfile } from '../../api/client';
import { TAGS, json, mockFetch, renderApp, session } from '../../test/utils';
import { ProfileForm } from './ProfileForm';

// The original system's keys the server sends beside Portrait's (docs/migrating.md).
const original = { id: 7, customer_class: null, created_at: '2026-12-01T08:30:00Z', updated_at: '2026-12-01T08:30:00Z' };

const profile: CustomerProfile = {
  ...original,
  user_id: 7,
  username: 'customer1',
  name: '客户1',
  age: 36,
  occupation: '工程师',
  total_assets: 123456,
  needs: ['savings'],
  hobbies: ['travel'],
  class: null,
  segment: null,
  manager_id: null,
  manager_name: null,
  match_score: null,
  unit_id: 1,
  unit_code: 'HQ',
  unit_name: '总行',
};

describe('ProfileForm', () => {
  it('shows the API’s 422 message next to the field it names', async () => {
    const { calls } = mockFetch(() => json({ error: 'invalid_age', message: 'age must be between 18 and 120', field: 'age' }, 422));
    renderApp(<ProfileForm profile={profile} tags={TAGS} />, { session: session('customer') });
    const user = userEvent.setup();
    const age = screen.getByLabelText('年龄');
    await user.clear(age);
    await user.type(age, '150');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('年龄须在 18 到 120 之间。')).toBeInTheDocument();
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription(expect.stringContaining('年龄须在 18 到 120 之间。'));
    expect(screen.getByLabelText('职业')).not.toHaveAttribute('aria-invalid');
    expect(calls[0]!.method).toBe('PUT');
    expect(calls[0]!.url.pathname).toBe('/api/customers/7/profile');
    expect(calls[0]!.body).toEqual({ age: 150 });
  });

  it('falls back to the server’s message for codes it does not know', async () => {
    mockFetch(() => json({ error: 'odd_occupation', message: 'occupation is odd', field: 'occupation' }, 422));
    renderApp(<ProfileForm profile={profile} tags={TAGS} />, { session: session('customer') });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('职业'), 'x');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('occupation is odd')).toBeInTheDocument();
    expect(screen.getByLabelText('职业')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends toggled tags and assets in fen', async () => {
    const { calls } = mockFetch(async (req) => json({ ...profile, ...(await req.json()) }));
    renderApp(<ProfileForm profile={profile} tags={TAGS} />, { session: session('customer') });
    const user = userEvent.setup();
    const savings = screen.getByRole('button', { name: /储蓄/ });
    expect(savings).toHaveAttribute('aria-pressed', 'true');
    await user.click(savings);
    await user.click(screen.getByRole('button', { name: /投资/ }));
    await user.click(screen.getByRole('button', { name: /阅读/ }));
    const assets = screen.getByLabelText('总资产（元）');
    expect(assets).toHaveValue('1234.56');
    await user.clear(assets);
    await user.type(assets, '5000.5');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('资料已保存。')).toBeInTheDocument();
    expect(calls[0]!.body).toEqual({ total_assets: 500050, needs: ['investment'], hobbies: ['travel', 'reading'] });
  });
});
