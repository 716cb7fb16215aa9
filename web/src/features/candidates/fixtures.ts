// Candidate fixtures for the candidates tests: one customer's ranking, in the server's order.
import type { CustomerProfile } from '../../api/client';
import type { Candidate, Candidates } from './api';

/** One candidate (fixture); available unless told otherwise. */
export function candidate(id: number, over: Partial<Candidate> = {}): Candidate {
  return {
    manager_id: id,
    username: `manager${id}`,
    name: `经理${id}`,
    unit_id: 3,
    unit_code: 'SH-PD',
    unit_name: '浦东支行',
    score: 2,
    needs_match: 1,
    hobbies_match: 1,
    matched_needs: ['savings'],
    matched_hobbies: ['travel'],
    capacity: 50,
    customer_count: 10,
    seats_left: 40,
    availability: 'available',
    ...over,
  };
}

/**
 * Customer 7's ranking: two managers named 经理2 (a full one ranks above the current one on
 * score), the current manager, and one on leave.
 */
export function ranking(): Candidates {
  return {
    customer_id: 7,
    current_manager_id: 4,
    current_score: 2,
    considered: 12,
    candidates: [
      candidate(2, { score: 4, needs_match: 3, hobbies_match: 1, matched_needs: ['savings', 'investment', 'insurance'], seats_left: 5, customer_count: 45 }),
      candidate(3, { name: '经理2', score: 3, needs_match: 2, hobbies_match: 1, matched_needs: ['savings', 'insurance'], capacity: 20, customer_count: 20, seats_left: 0, availability: 'full' }),
      candidate(4, { availability: 'current' }),
      candidate(5, { score: 0, needs_match: 0, hobbies_match: 0, matched_needs: [], matched_hobbies: [], availability: 'not_taking_customers' }),
    ],
  };
}

/** Customer 7's profile, with manager 4. */
export const CUSTOMER: CustomerProfile = {
  id: 7,
  user_id: 7,
  username: 'customer7',
  name: '客户7',
  age: 40,
  occupation: '',
  total_assets: 0,
  needs: ['savings', 'investment', 'insurance'],
  hobbies: ['travel'],
  class: 'C',
  customer_class: 'C',
  segment: 1,
  manager_id: 4,
  manager_name: '经理4',
  match_score: 2,
  unit_id: 3,
  unit_code: 'SH-PD',
  unit_name: '浦东支行',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};
