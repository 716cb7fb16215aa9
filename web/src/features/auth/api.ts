// Session calls: log in, log out, check a remembered token, change one's own password, register a customer account; what the server says before login.
import { api, call, type ChangePasswordRequest, type Schemas } from '../../api/client';

export const login = (username: string, password: string) => call(api.POST('/api/auth/login', { body: { username, password } }));

export const logout = () => call(api.POST('/api/auth/logout'));

/** Checks the token; a 401 ends the session through the client's middleware. */
export const verify = () => call(api.POST('/api/auth/verify'));

/** Changes the caller's own password; every session of theirs ends and the answer is the new one. */
export const changePassword = (body: ChangePasswordRequest) => call(api.PUT('/api/auth/password', { body }));

export const register = (body: Schemas['RegisterRequest']) => call(api.POST('/api/auth/register', { body }));

/** The version, and whether the demo accounts open with their published passwords. */
export const about = () => call(api.GET('/api/about'));
