// Tests of money formatting and parsing (fen and yuan), numbers, and whole numbers typed in a form.
import { describe, expect, it } from 'vitest';
import { fenToYuanInput, formatFen, formatNumber, parseWholeNumber, yuanInputToFen } from './format';

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

describe('numbers', () => {
  it('groups digits as the language does, with a fixed count of decimals', () => {
    expect(formatNumber(20022, 'zh-CN')).toBe('20,022');
    expect(formatNumber(20022, 'en-US')).toBe('20,022');
    expect(formatNumber(0.5, 'en-US', 2)).toBe('0.50');
    expect(formatNumber(1234.567, 'zh-CN', 1)).toBe('1,234.6');
  });

  it('reads a whole number in a range, and nothing else', () => {
    expect(parseWholeNumber(' 42 ', 0, 10000)).toBe(42);
    expect(parseWholeNumber('0', 0, 10000)).toBe(0);
    expect(parseWholeNumber('10000', 0, 10000)).toBe(10000);
    for (const bad of ['', '-1', '1.5', '1e3', '10001', 'abc', '1,000', '+3']) expect(parseWholeNumber(bad, 0, 10000)).toBeNull();
  });
});
