// Tests of an entry in words without the page: the diff's edge cases (new records, removals, lists, states) and where a target links.
import { describe as group, expect, it } from 'vitest';
import { dictionaries } from '../../i18n/dict';
import { formatNumber } from '../../shared/format';
import { diffLines, diffText, targetInfo, type Describe } from './describe';
import { entry, units } from './fixtures';

const t = dictionaries.zh;
const d: Describe = {
  t,
  tag: (n) => t.tags[n] ?? n,
  locale: 'zh-CN',
  num: (n, digits = 0) => formatNumber(n, 'zh-CN', digits),
  units,
  accounts: new Map([[5, { username: 'manager5', name: '经理5' }]]),
};
const text = (before: object | null, after: object | null) => diffText(d, diffLines(d, before, after));

group('diffLines', () => {
  it('lists a new record’s fields, leaving out the empty ones', () => {
    const staff = { username: 'mgr9', name: '经理9', role: 'manager', unit: 'SH', grade: 3, phone: null, email: null, active: true };
    expect(text(null, staff)).toBe('姓名：经理9；启用：是；机构：上海分行（SH）；职级：3；用户名：mgr9；角色：客户经理');
  });

  it('says an unassignment as the manager leaving, with its reason', () => {
    expect(text({ manager_id: 5 }, { manager_id: null, note: '客户要求', score: null })).toBe('客户经理：经理5（manager5） → 未分配；原因：客户要求');
  });

  it('translates states, modes, kinds and units, and keeps unknown fields by key', () => {
    expect(text({ active: true, status: 'active' }, { active: false, status: 'deactivated' })).toBe('启用：是 → 否；状态：在岗 → 停用');
    expect(text(null, { mode: 'valid_rows', rows: 1200, created: 3, updated: 1197 })).toBe('导入方式：只导入有效行；行数：1,200；新增：3；更新：1,197');
    expect(text(null, { kind: 'call', interaction_id: 4 })).toBe('联系记录：4；方式：电话');
    expect(text(null, { units: [2, 3], unassigned: true })).toBe('机构范围：上海分行、浦东支行；仅未分配：是');
    expect(text({ parent_id: 1 }, { parent_id: 2 })).toBe('上级机构：总行 → 上海分行');
    expect(text(null, { wobble: 'x' })).toBe('wobble：x');
    expect(text(null, { status: 'on_leave', run_id: 12 })).toBe('状态：休假；运行：运行 #12');
  });

  it('says a field gone from after as emptied, and nothing for unchanged ones', () => {
    expect(text({ phone: '123', name: 'A' }, { name: 'A' })).toBe('电话：123 → 空');
    expect(text({ needs: [] }, { needs: ['loan'] })).toBe('需求：无 → 贷款');
    expect(diffLines(d, { a: 1 }, { a: 1 })).toEqual([]);
    expect(diffLines(d, null, null)).toEqual([]);
    expect(diffLines(d, [1], [2])).toEqual([]);
  });
});

group('targetInfo', () => {
  it('links a customer, a manager and a staff member to their pages', () => {
    const account = { username: 'u9', name: '某人' };
    const link = (action: string, after: object | null = null) => targetInfo(d, entry(1, { action, target: 'user:9', target_account: account, after })).link;
    expect(link('interaction.record')).toBe('/admin/customers/9');
    expect(link('manager.profile_update')).toBe('/admin/managers?q=u9');
    expect(link('staff.update')).toBe('/admin/staff?search=u9');
    expect(link('user.register', { role: 'customer' })).toBe('/admin/customers/9');
    expect(link('auth.login')).toBeUndefined();
  });

  it('names imports, exports and usernames, without a page to link', () => {
    expect(targetInfo(d, entry(1, { action: 'import_customers.committed', target: 'run:4' }))).toEqual({ text: '导入任务 #4' });
    expect(targetInfo(d, entry(1, { action: 'export.customers', target: 'export:customers' }))).toEqual({ text: '客户数据' });
    expect(targetInfo(d, entry(1, { action: 'auth.login_failed', target: 'username:ghost', actor: null, actor_id: null }))).toEqual({ text: '用户名 ghost' });
    expect(targetInfo(d, entry(1, { action: 'tag.add', target: 'tag:hobby:wine' }))).toEqual({ text: '爱好标签：葡萄酒' });
  });
});
