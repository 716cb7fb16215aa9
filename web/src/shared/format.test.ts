// Tests of money formatting and parsing (fen and yuan).
import { describe, expect, it } from 'vitest';
import { fenToYuanInput, formatFen, yuanInputToFen } from './format';

describe('money', () => {
  it('round-trips fen and yuan text', () => {
    expect(fenToYuanInput(123456)).toBe('1234.56');
    expect(fenToYuanInput(500000)).toBe('5000');
    expect(fenToYuanInput(5)).toBe('0.05');
    expect(yuanInputToFen('1,234.5')).toBe(123450);
    expect(yuanInputToFen('¥ 10')).toBe(1000);
    expect(yuanInputToFen('-3')).toBe(-300);
    expect(yuanInputToFen('abc')).toBeNull();
    expect(yuanInputToFen('1.234')).toBeNull();
    expect(formatFen(123456, 'zh-CN')).toBe('¥1,234.56');
  });
});
