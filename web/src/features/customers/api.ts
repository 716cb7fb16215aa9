// Customer calls: the list, one profile and its update, the assignment explanation, manual assign and unassign.
import { api, call, type CustomerListQuery, type CustomerProfileUpdate, type Schemas } from '../../api/client';

/** One page of the customer list (admins: everyone; managers: their own book). */
export const listCustomers = (query: CustomerListQuery) => call(api.GET('/api/customers', { params: { query } }));

export const getCustomerProfile = (id: number) => call(api.GET('/api/customers/{id}/profile', { params: { path: { id } } }));

export const updateCustomerProfile = (id: number, body: CustomerProfileUpdate) =>
  call(api.PUT('/api/customers/{id}/profile', { params: { path: { id } }, body }));

/** The server's explanation of the customer's current assignment (score, matched tags, reason, class). */
export const getAssignment = (id: number) => call(api.GET('/api/customers/{id}/assignment', { params: { path: { id } } }));

/** Puts one customer with the chosen manager (admins), with a reason. */
export const manualAssign = (body: Schemas['ManualAssignRequest']) => call(api.POST('/api/admin/manual-assign', { body }));

/** Removes a customer's manager (admins), with a reason. */
export const unassign = (body: Schemas['UnassignRequest']) => call(api.POST('/api/admin/unassign', { body }));
