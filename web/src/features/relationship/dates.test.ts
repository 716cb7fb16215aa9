// Tests of the relationship record's times: datetime-local values both ways, and the "due today / this week" bounds.
import { describe, expect, it } from 'vitest';
import { dueBefore, fromLocalInput, toLocalInput } from './dates';

describe('dates', () => {
  it('reads and writes datetime-local values in local time', () => {
    const at = new Date(2026, 4, 6, 9, 5, 42);
    expect(toLocalInput(at)).toBe('2026-05-06T09:05');
    expect(fromLocalInput('2026-05-06T09:05')).toBe(Math.floor(new Date(2026, 4, 6, 9, 5).getTime() / 1000));
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-05-06')).toBeNull();
  });

  it('ends today at its last second, and this week on Sunday', () => {
    const wednesday = new Date(2026, 4, 6, 10);
    const sunday = new Date(2026, 4, 10, 10);
    const endOf = (y: number, m: number, d: number) => Math.floor(new Date(y, m, d, 23, 59, 59).getTime() / 1000);
    expect(dueBefore('today', wednesday)).toBe(endOf(2026, 4, 6));
    expect(dueBefore('week', wednesday)).toBe(endOf(2026, 4, 10));
    expect(dueBefore('week', sunday)).toBe(endOf(2026, 4, 10));
    expect(dueBefore('all', wednesday)).toBeUndefined();
  });
});
