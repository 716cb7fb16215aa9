// The words of logging in, registering and logging out.
// `zh` defines the shape; `en` must match it (assembled in i18n/dict.ts).

export const zh = {
  auth: {
    loginTitle: '登录',
    username: '用户名',
    password: '密码',
    name: '姓名（可选）',
    submitLogin: '登录',
    signingIn: '登录中…',
    noAccount: '还没有账户？',
    registerLink: '注册客户账户',
    registerTitle: '注册客户账户',
    submitRegister: '注册',
    registering: '注册中…',
    haveAccount: '已有账户？',
    loginLink: '去登录',
    registered: '注册成功，请登录。',
    passwordHint: '至少 8 个字符',
    sessionExpired: '登录已过期，请重新登录。',
    loggedOut: '您已退出登录。',
    loggingOut: '正在退出…',
    missing: '请输入用户名和密码。',
    retryAfter: (s: number) => `请在 ${s} 秒后重试。`,
    demo: '演示账户：admin/admin123，customer1–20/123456，manager1–5/123456',
  },
};

export const en: typeof zh = {
  auth: {
    loginTitle: 'Log in',
    username: 'Username',
    password: 'Password',
    name: 'Name (optional)',
    submitLogin: 'Log in',
    signingIn: 'Logging in…',
    noAccount: 'No account yet?',
    registerLink: 'Register as a customer',
    registerTitle: 'Register as a customer',
    submitRegister: 'Register',
    registering: 'Registering…',
    haveAccount: 'Already registered?',
    loginLink: 'Log in',
    registered: 'Account created. Please log in.',
    passwordHint: 'At least 8 characters',
    sessionExpired: 'Your session has expired. Please log in again.',
    loggedOut: 'You have logged out.',
    loggingOut: 'Logging out…',
    missing: 'Enter your username and password.',
    retryAfter: (s) => `Try again in ${s} s.`,
    demo: 'Demo accounts: admin/admin123, customer1–20/123456, manager1–5/123456',
  },
};
