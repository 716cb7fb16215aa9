// The words of the audit log page.
// `zh` defines the shape; `en` must match it (assembled in i18n/dict.ts).

export const zh = {
  audit: {
    title: '审计日志',
    caption: '审计记录，最新在前',
    id: '编号',
    at: '时间',
    actor: '操作人',
    action: '操作',
    target: '对象',
    unit: '机构',
    change: '变更',
    before: '之前',
    after: '之后',
    show: '查看',
    system: '系统',
    empty: '暂无审计记录。',
  },
};

export const en: typeof zh = {
  audit: {
    title: 'Audit log',
    caption: 'Audit records, newest first',
    id: 'ID',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    target: 'Target',
    unit: 'Unit',
    change: 'Change',
    before: 'Before',
    after: 'After',
    show: 'Show',
    system: 'system',
    empty: 'No audit records yet.',
  },
};
