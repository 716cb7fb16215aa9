// Tests of the audit CSV built in the browser: its columns in words, the filters it is read with, 500 a page, and the 5,000 cap said aloud.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, session } from '../../test/utils';
import { resetAccountNames } from './api';
import AuditLogPage from './AuditLogPage';
import { csvField, isoLocal } from './csv';
import { auditCalls, auditServer, entry, ENTRIES, MANUAL, page } from './fixtures';

let saved: Blob[] = [];

beforeEach(() => {
  resetAccountNames();
  saved = [];
  // jsdom has no object URLs, and a click on a download link would try to navigate.
  Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (saved.push(b), 'blob:audit')), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

const show = (route = '/admin/audit-log', lang: 'zh' | 'en' = 'zh') => renderApp(<AuditLogPage />, { session: session('admin', 1), route, lang });

/** The saved file's bytes as text (BOM kept) and its rows split naïvely (the fixtures hold no quoted line breaks). */
async function savedCsv() {
  await waitFor(() => expect(saved).toHaveLength(1));
  const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { bytes, text, rows: text.replace(/\r\n$/, '').split('\r\n') };
}

describe('audit CSV export', () => {
  it('writes the filtered entries in words, UTF-8 with a BOM', async () => {
    const server = auditServer((url) => page(url.searchParams.get('target') === 'user:42' ? [MANUAL] : ENTRIES));
    show('/admin/audit-log?target=user:42');
    await screen.findByText('手动分配客户经理');
    expect(screen.getByText('导出当前筛选的记录，最多最新的 5,000 条。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    const { bytes, text, rows } = await savedCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFF时间,')).toBe(true);
    expect(rows[0]).toBe('\uFEFF时间,操作人用户名,操作人姓名,操作代码,操作,对象代码,对象,机构,变更');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe(
      [
        isoLocal(MANUAL.at),
        'admin',
        '管理员',
        'assignment.manual',
        '手动分配客户经理',
        'user:42',
        '客户42（customer42）',
        '上海分行',
        '客户经理：经理5（manager5） → 经理6（manager6）；原因：客户搬到浦东，就近服务；匹配分：0.82',
      ].join(','),
    );
    // Read with the page's filters, 500 at a time.
    expect(auditCalls(server.calls).at(-1)).toEqual({ target: 'user:42', page: '1', per_page: '500' });
    expect(await screen.findByText('已导出 1 条记录。')).toBeInTheDocument();
  });

  it('has English headers and words in English', async () => {
    auditServer(() => page([MANUAL]));
    show('/admin/audit-log', 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    const { rows } = await savedCsv();
    expect(rows[0]).toBe('\uFEFFTime,Actor username,Actor name,Action code,Action,Target code,Target,Unit,Changes');
    expect(rows[1]).toContain(',Assigned a manager by hand,user:42,客户42 (customer42),上海分行,Manager: 经理5 (manager5) → 经理6 (manager6); Reason: 客户搬到浦东，就近服务; Score: 0.82');
  });

  it('quotes what needs quoting and keeps a typed reason from running as a formula', async () => {
    const tricky = entry(1, { action: 'assignment.manual', target: 'user:42', after: { note: '=HYPERLINK("x"), "quoted"' } });
    auditServer(() => page([tricky]));
    show();
    await userEvent.click(await screen.findByRole('button', { name: '导出 CSV' }));
    const { rows } = await savedCsv();
    expect(rows[1]!.endsWith(',"原因：=HYPERLINK(""x""), ""quoted"""')).toBe(true);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
  });

  it('reads at most 5,000 entries, 500 a page, and says the file was cut', async () => {
    const TOTAL = 5_200;
    const server = auditServer((url) => {
      const p = Number(url.searchParams.get('page'));
      const per = Number(url.searchParams.get('per_page'));
      const count = Math.max(0, Math.min(per, TOTAL - (p - 1) * per));
      return page(Array.from({ length: count }, (_, i) => entry(TOTAL - (p - 1) * per - i, { action: 'run.commit', target: 'run:1' })), TOTAL, p, per);
    });
    show('/admin/audit-log?action=run.');
    expect(await screen.findByText('当前筛选共 5,200 条，超过 5,000 条：只会导出最新的 5,000 条，缩小日期范围可分批导出。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    const { rows } = await savedCsv();
    expect(rows).toHaveLength(5_001);
    const reads = auditCalls(server.calls).filter((q) => q.per_page === '500');
    expect(reads.map((q) => q.page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(reads.every((q) => q.action === 'run.')).toBe(true);
    expect(await screen.findByText('共 5,200 条，只导出了最新的 5,000 条；缩小日期范围可分批导出其余记录。')).toBeInTheDocument();
  });

  it('writes local ISO times with their offset', () => {
    const at = 1_700_000_000;
    const text = isoLocal(at);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(at * 1000);
  });
});
