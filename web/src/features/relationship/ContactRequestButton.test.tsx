// Tests of "ask my manager to contact me": the note sent, the 201 and 200 outcomes in words, and a note too long kept back.
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { ContactRequestButton } from './ContactRequestButton';
import { entry } from './fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const request = entry(5, { kind: 'contact_request', author_id: 7, author_name: '客户7', note: '想了解养老理财' });

describe('ContactRequestButton', () => {
  it('sends the note, says the manager is told (201), then that a request is already open (200)', async () => {
    let open = false;
    const { calls } = mockFetch(() => {
      const status = open ? 200 : 201;
      open = true;
      return json(request, status);
    });
    renderApp(<ContactRequestButton />, { session: session('customer', 7) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '请客户经理联系我' }));
    const dialog = screen.getByRole('dialog', { name: '请客户经理联系我' });
    expect(dialog).toHaveAccessibleDescription('您的客户经理会收到提醒，并尽快与您联系。');
    await user.type(screen.getByLabelText('想聊些什么？（可选）'), ' 想了解养老理财 ');
    await user.click(screen.getByRole('button', { name: '发送请求' }));
    expect(await screen.findByText('已通知您的客户经理，他们会尽快与您联系。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url.pathname).toBe('/api/me/contact-request');
    expect(calls[0]!.body).toEqual({ note: '想了解养老理财' });

    await user.click(screen.getByRole('button', { name: '请客户经理联系我' }));
    expect(screen.getByLabelText('想聊些什么？（可选）')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '发送请求' }));
    expect(await screen.findByText('您已经提交过请求，客户经理会与您联系。')).toBeInTheDocument();
    expect(calls[1]!.body).toEqual({ note: null });
    expect(screen.queryByText('已通知您的客户经理，他们会尽快与您联系。')).toBeNull();
  });

  it('keeps a note over 1,000 characters back, and shows a refusal in the dialog', async () => {
    const { calls } = mockFetch(() => json({ error: 'forbidden', message: 'only customers ask to be contacted' }, 403));
    renderApp(<ContactRequestButton />, { session: session('customer', 7), lang: 'en' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ask my manager to contact me' }));
    const note = screen.getByLabelText('What is it about? (optional)');
    fireEvent.change(note, { target: { value: 'x'.repeat(1001) } });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(expect.stringContaining('A note holds at most 1,000 characters.'));
    expect(calls).toEqual([]);

    fireEvent.change(note, { target: { value: 'Pension advice' } });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do that.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
