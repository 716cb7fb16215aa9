// Audit log calls: one page of the records, newest first.
import { api, call } from '../../api/client';

export const listAudit = (page: number, perPage: number) => call(api.GET('/api/admin/audit-log', { params: { query: { page, per_page: perPage } } }));
