// The app shell's words: header, roles, navigation, and the "not allowed" and "not found" pages.
// `zh` defines the shape; `en` must match it (assembled in i18n/dict.ts).

export const zh = {
  app: {
    name: '客户画像',
    fullName: 'Portrait 客户画像与客户经理分配',
    skip: '跳到主要内容',
    menu: '菜单',
    language: '语言',
    signedInAs: (name: string) => `已登录：${name}`,
    logout: '退出登录',
    changePassword: '修改密码',
    soon: '即将上线',
  },
  roles: { admin: '管理员', manager: '客户经理', customer: '客户' } as Record<string, string>,
  nav: {
    main: '主导航',
    myProfile: '我的资料',
    myManager: '我的客户经理',
    myCustomers: '我的客户',
    myStats: '客户统计',
    managerProfile: '我的资料',
    dashboard: '概览',
    customers: '客户',
    managers: '客户经理',
    assignmentRuns: '分配运行',
    auditLog: '审计日志',
    organisation: '组织机构',
    staff: '员工',
  },
  notAllowed: {
    title: '无权访问',
    body: '您的账户角色不能访问此页面。',
    home: '回到我的首页',
  },
  notFound: { title: '页面不存在', body: '找不到您要访问的页面。', home: '回到首页' },
};

export const en: typeof zh = {
  app: {
    name: 'Portrait',
    fullName: 'Portrait customer portraits & manager assignment',
    skip: 'Skip to main content',
    menu: 'Menu',
    language: 'Language',
    signedInAs: (name) => `Signed in as ${name}`,
    logout: 'Log out',
    changePassword: 'Change password',
    soon: 'soon',
  },
  roles: { admin: 'Admin', manager: 'Relationship manager', customer: 'Customer' },
  nav: {
    main: 'Main navigation',
    myProfile: 'My profile',
    myManager: 'My manager',
    myCustomers: 'My customers',
    myStats: 'Book statistics',
    managerProfile: 'My profile',
    dashboard: 'Dashboard',
    customers: 'Customers',
    managers: 'Managers',
    assignmentRuns: 'Assignment runs',
    auditLog: 'Audit log',
    organisation: 'Organisation',
    staff: 'Staff',
  },
  notAllowed: {
    title: 'Not allowed',
    body: 'Your account’s role cannot open this page.',
    home: 'Go to my home page',
  },
  notFound: { title: 'Page not found', body: 'There is no page at this address.', home: 'Go home' },
};
