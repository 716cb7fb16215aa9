// The words of CSV import and export.
// `zh` defines the shape; `en` must match it (assembled in i18n/dict.ts).

/** The row problems' codes; the document types `code` as a plain string, so the list is kept here. */
export type ProblemCode =
  | 'empty_file'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'wrong_field_count'
  | 'bad_encoding'
  | 'empty_username'
  | 'duplicate_username'
  | 'role_conflict'
  | 'missing_value'
  | 'invalid_value'
  | 'too_long'
  | 'bad_number'
  | 'out_of_range'
  | 'unknown_tag'
  | 'too_many_tags'
  | 'unknown_unit'
  | 'unit_closed'
  | 'unit_outside_scope'
  | 'account_outside_scope';

export const zh = {
  exchange: {
    importCustomers: '导入客户',
    importManagers: '导入客户经理',
    importTitleCustomers: '从 CSV 导入客户',
    importTitleManagers: '从 CSV 导入客户经理',
    importHint: '按用户名匹配：新用户名创建用户，已有的更新其资料。文件格式见 CSV 说明。',
    file: 'CSV 文件',
    fileRequired: '请选择一个 CSV 文件。',
    mode: '导入方式',
    modeAll: '全部或全不：只要有一行有问题，就不导入任何行（默认）',
    modeValid: '只导入没有问题的行，其余的列出',
    upload: '上传并导入',
    uploading: '正在上传…',
    progress: '导入进度',
    scope: '导入到：',
    close: '关闭',
    again: '导入另一个文件',
    committed: (created: string, updated: string) => `导入完成：新建 ${created} 个，更新 ${updated} 个。`,
    nothingImported: (n: string) => `没有导入任何行：文件有 ${n} 个问题，请修正后重新上传。`,
    nothingWritten: (rejected: string, problems: string) => `没有写入任何数据：${rejected} 行被拒绝，共 ${problems} 个问题。请修正后重新上传。`,
    noDataRows: '没有写入任何数据：文件中没有数据行。',
    failed: '导入失败，没有写入任何数据。',
    report: '导入报告',
    rows: '数据行',
    created: '新建',
    updated: '更新',
    rejected: '被拒绝',
    problems: '问题',
    problemsCaption: '文件中的问题（按行号）',
    noProblems: '文件没有问题。',
    truncated: (shown: string, total: string) => `只列出前 ${shown} 个问题，共 ${total} 个。`,
    line: '行',
    column: '列',
    code: '代码',
    message: '说明',
    wholeRow: '整行',
    /** One sentence per row-problem code (docs/data-exchange.md); the server's message, which names the value, goes beside it. */
    problemCodes: {
      empty_file: '文件是空的：没有标题行。',
      missing_column: '缺少必需的列。',
      unknown_column: '无法识别的列：既不能导入，也不是导出的列。',
      duplicate_column: '该列出现了两次。',
      wrong_field_count: '该行的单元格数与标题行不一致。',
      bad_encoding: '内容不是有效的 UTF-8 编码，请将文件另存为 UTF-8。',
      empty_username: '缺少用户名。',
      duplicate_username: '该用户名在前面的行中已出现（不区分大小写），以第一次出现的为准。',
      role_conflict: '该用户名已属于其他角色的用户。',
      missing_value: '必填的值为空。',
      invalid_value: '值的格式不正确。',
      too_long: '值太长：用户名最多 50 个字符，姓名和职业最多 100 个字符。',
      bad_number: '不是有效的数字：年龄和容量须为整数，总资产为最多两位小数的元金额，不含千位分隔符。',
      out_of_range: '数值超出范围：年龄 18–120，总资产不能为负，容量 0–10,000。',
      unknown_tag: '包含标签表中没有的标签。',
      too_many_tags: '标签太多，最多 50 个。',
      unknown_unit: '没有机构使用这个代码。',
      unit_closed: '该机构已撤销，不能再加入人员。',
      unit_outside_scope: '该机构不在您管辖的范围内。',
      account_outside_scope: '该账户属于您管辖范围以外的机构。',
    } satisfies Record<ProblemCode, string>,
    exportCustomers: '导出客户 CSV',
    exportManagers: '导出客户经理 CSV',
    exportAssignments: '导出分配 CSV',
    exporting: '正在导出…',
    exportFailed: (what: string) => `${what}失败：`,
  },
};

export const en: typeof zh = {
  exchange: {
    importCustomers: 'Import customers',
    importManagers: 'Import managers',
    importTitleCustomers: 'Import customers from CSV',
    importTitleManagers: 'Import managers from CSV',
    importHint: 'Rows are matched by username: a new username creates a user, an existing one is updated. See the CSV guide for the columns.',
    file: 'CSV file',
    fileRequired: 'Choose a CSV file.',
    mode: 'Import mode',
    modeAll: 'All or nothing: if any row has a problem, nothing is imported (default)',
    modeValid: 'Import the valid rows and list the others',
    upload: 'Upload and import',
    uploading: 'Uploading…',
    progress: 'Import progress',
    scope: 'Imported into: ',
    close: 'Close',
    again: 'Import another file',
    committed: (created: string, updated: string) => `Imported: ${created} created, ${updated} updated.`,
    nothingImported: (n: string) => `Nothing was imported: the file has ${n} problem(s). Fix them and upload it again.`,
    nothingWritten: (rejected: string, problems: string) => `Nothing was written: ${rejected} row(s) rejected, ${problems} problem(s). Fix them and upload the file again.`,
    noDataRows: 'Nothing was written: the file has no data rows.',
    failed: 'The import failed; nothing was written.',
    report: 'Import report',
    rows: 'Rows',
    created: 'Created',
    updated: 'Updated',
    rejected: 'Rejected',
    problems: 'Problems',
    problemsCaption: 'Problems in the file, by line',
    noProblems: 'The file has no problems.',
    truncated: (shown: string, total: string) => `Showing the first ${shown} of ${total} problems.`,
    line: 'Line',
    column: 'Column',
    code: 'Code',
    message: 'Message',
    wholeRow: 'whole row',
    problemCodes: {
      empty_file: 'The file is empty: it has no header row.',
      missing_column: 'A required column is missing.',
      unknown_column: 'This column is neither imported nor exported.',
      duplicate_column: 'This column appears twice.',
      wrong_field_count: 'The row does not have as many cells as the header.',
      bad_encoding: 'The text is not valid UTF-8: save the file as UTF-8.',
      empty_username: 'The username is missing.',
      duplicate_username: 'The username is on an earlier line (ignoring case); the first one counts.',
      role_conflict: 'The username belongs to a user with another role.',
      missing_value: 'A required value is empty.',
      invalid_value: 'The value is malformed.',
      too_long: 'The value is too long: usernames up to 50 characters, names and occupations up to 100.',
      bad_number: 'Not a valid number: age and capacity are whole numbers, assets are yuan with at most two decimals and no thousands separators.',
      out_of_range: 'Out of range: age 18–120, assets not negative, capacity 0–10,000.',
      unknown_tag: 'Contains tags that are not in the vocabulary.',
      too_many_tags: 'Too many tags: at most 50.',
      unknown_unit: 'No unit has this code.',
      unit_closed: 'The unit is closed and takes no new members.',
      unit_outside_scope: 'The unit is outside your part of the organisation.',
      account_outside_scope: 'The account belongs to a unit outside your part of the organisation.',
    },
    exportCustomers: 'Export customers CSV',
    exportManagers: 'Export managers CSV',
    exportAssignments: 'Export assignments CSV',
    exporting: 'Exporting…',
    exportFailed: (what: string) => `${what} failed: `,
  },
};
