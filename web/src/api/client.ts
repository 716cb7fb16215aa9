// The typed API client every feature's api.ts builds on.
// openapi-fetch with the bearer token; any 401 is reported to the session (so it can end), any
// 403 `password_change_required` too (so it can send the user to the password page), and
// error bodies become ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** Every code the server may put in `ErrorBody.error`. */
export type ErrorCode = Schemas['ErrorBody']['error'];
export type User = Schemas['UserDto'];
export type LoginResponse = Schemas['LoginResponse'];
export type ChangePasswordRequest = Schemas['ChangePasswordRequest'];
export type CustomerProfile = Schemas['CustomerProfileDto'];
export type CustomerProfileUpdate = Schemas['CustomerProfileUpdate'];
export type CustomerPage = Schemas['CustomerPage'];
export type ManagerProfile = Schemas['ManagerProfileDto'];
export type ManagerCard = Schemas['ManagerCardDto'];
export type ManagerPage = Schemas['ManagerPage'];
export type ManagerProfileUpdate = Schemas['ManagerProfileUpdate'];
export type AuditPage = Schemas['AuditPage'];
export type AuditRecord = Schemas['AuditRecordDto'];
export type Tags = Schemas['TagsResponse'];
export type Run = Schemas['RunDto'];
export type RunSummary = Schemas['RunSummaryDto'];
export type BookStats = Schemas['BookStatsDto'];
export type Persona = Schemas['PersonaDto'];
export type RunPage = Schemas['RunPage'];
export type Change = Schemas['ChangeDto'];
export type ChangePage = Schemas['ChangePage'];
export type AutoAssignResponse = Schemas['AutoAssignResponse'];
export type Explanation = Schemas['ExplanationDto'];
export type ClassCounts = Schemas['ClassCountsResponse'];
export type ClassCount = Schemas['ClassCountDto'];
export type PersonasResponse = Schemas['PersonasResponse'];
export type ScoreDistribution = Schemas['ScoreDistributionResponse'];
export type ScoreBucket = Schemas['ScoreBucketDto'];
export type Trend = Schemas['TrendResponse'];
export type TrendPoint = Schemas['TrendPointDto'];
export type Projection = Schemas['ProjectionResponse'];
export type ProjectedPoint = Schemas['ProjectedPointDto'];
export type CapabilityGaps = Schemas['CapabilityGapsResponse'];
export type CapabilityGap = Schemas['CapabilityGapDto'];
export type ManagerStats = Schemas['ManagerStatsResponse'];
export type NeedCount = Schemas['NeedCountDto'];
export type ImportJob = Schemas['ImportJobDto'];
export type ImportReport = Schemas['ImportReportDto'];
export type RowProblem = Schemas['RowProblemDto'];
export type Unit = Schemas['UnitDto'];
export type UnitRecord = Schemas['UnitRecordDto'];
export type NewUnit = Schemas['NewUnitRequest'];
export type UnitUpdate = Schemas['UnitUpdate'];
export type StaffMember = Schemas['StaffDto'];
export type StaffPage = Schemas['StaffPage'];
export type NewStaff = Schemas['NewStaffRequest'];
export type StaffUpdate = Schemas['StaffUpdate'];
export type StaffListQuery = NonNullable<paths['/api/admin/staff']['get']['parameters']['query']>;
export type CustomerListQuery = NonNullable<paths['/api/customers']['get']['parameters']['query']>;
export type ManagerListQuery = NonNullable<paths['/api/managers']['get']['parameters']['query']>;

/** Every error the API returns has this body; `field` names the request field at fault. */
export interface ErrorBody {
  error: string;
  message: string;
  field?: string | null;
}

export class ApiError extends Error implements ErrorBody {
  readonly status: number;
  readonly error: string;
  readonly field?: string;
  /** Seconds, from Retry-After (429, 503). */
  readonly retryAfter?: number;

  constructor(status: number, body: ErrorBody, retryAfter?: number) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.error = body.error;
    this.field = body.field ?? undefined;
    this.retryAfter = retryAfter;
  }
}

let token: string | null = null;
let onUnauthorized: (() => void) | null = null;
let onPasswordChangeRequired: (() => void) | null = null;

export function setToken(next: string | null): void {
  token = next;
}

/** Called on every 401 from an authenticated request (not from the login itself). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/**
 * Called on every 403 `password_change_required`: an administrator set the password, and until
 * its owner chooses their own the server refuses everything but verify, logout and the change.
 */
export function setPasswordChangeRequiredHandler(handler: (() => void) | null): void {
  onPasswordChangeRequired = handler;
}

/** Reports a 403 `password_change_required` (read from a copy, so the caller still gets the body). */
async function checkForbidden(response: Response): Promise<void> {
  if (response.status !== 403 || !onPasswordChangeRequired) return;
  try {
    const body = (await response.clone().json()) as Partial<ErrorBody>;
    if (body?.error === 'password_change_required') onPasswordChangeRequired?.();
  } catch {
    /* not a JSON error body */
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/login')) {
      onUnauthorized?.();
    }
    await checkForbidden(response);
    return response;
  },
};

export const api = createClient<paths>({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : '',
  // Looked up on each call so tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

function toErrorBody(error: unknown, response: Response): ErrorBody {
  if (error && typeof error === 'object' && 'error' in error) {
    const e = error as Partial<ErrorBody>;
    return { error: String(e.error), message: String(e.message ?? e.error), field: e.field ?? undefined };
  }
  return { error: `http_${response.status}`, message: response.statusText || `HTTP ${response.status}` };
}

/** Awaits an openapi-fetch call and returns its data, or throws ApiError. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, { error: 'network_error', message: e instanceof Error ? e.message : String(e) });
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, toErrorBody(error, response), Number.isFinite(retry) && retry > 0 ? retry : undefined);
  }
  return data as T;
}

/**
 * A request outside openapi-fetch (a raw CSV body, a file download): sends the bearer token,
 * reports a 401 and a 403 `password_change_required` to the session, and throws ApiError for an error answer.
 */
export async function rawRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const base = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  let response: Response;
  try {
    response = await globalThis.fetch(new URL(path, base).toString(), { ...init, headers });
  } catch (e) {
    throw new ApiError(0, { error: 'network_error', message: e instanceof Error ? e.message : String(e) });
  }
  if (response.status === 401) onUnauthorized?.();
  await checkForbidden(response);
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, toErrorBody(body, response), Number.isFinite(retry) && retry > 0 ? retry : undefined);
  }
  return response;
}
