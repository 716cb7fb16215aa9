// Relationship-record fixtures for the tests: entries and pages as the server sends them.
import type { CustomerProfile } from '../../api/client';
import type { Interaction, InteractionPage } from './api';

export const NOW = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

/** One entry (a call by manager 4 with customer 7, a day ago, no follow-up) unless told otherwise. */
export function entry(id: number, over: Partial<Interaction> = {}): Interaction {
  const happened = NOW() - DAY;
  return {
    id,
    customer_id: 7,
    customer_name: '客户7',
    author_id: 4,
    author_name: '经理4',
    kind: 'call',
    life_event: null,
    note: null,
    happened_at: happened,
    follow_up_at: null,
    follow_up_done: false,
    created_at: happened,
    ...over,
  };
}

export function page(items: Interaction[], over: Partial<InteractionPage> = {}): InteractionPage {
  return { items, page: 1, per_page: 20, total: items.length, ...over };
}

export const DAYS = (n: number) => NOW() + n * DAY;

export const CUSTOMER: CustomerProfile = {
  // The original system's keys the server sends beside Portrait's.
  id: 7,
  customer_class: null,
  created_at: '2026-12-01T08:30:00Z',
  updated_at: '2026-12-01T08:30:00Z',
  user_id: 7,
  username: 'customer7',
  name: '客户7',
  age: 36,
  occupation: '工程师',
  total_assets: 123456,
  needs: ['savings'],
  hobbies: ['travel'],
  class: null,
  segment: null,
  manager_id: 4,
  manager_name: '经理4',
  match_score: 2,
  unit_id: 1,
  unit_code: 'HQ',
  unit_name: '总行',
};
