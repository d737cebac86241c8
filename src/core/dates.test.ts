import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isPlainDate, todayUtc } from './dates.js';

describe('plain dates', () => {
  it('accepts real calendar dates and rejects impossible ones', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2026-12-31')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-00-10')).toBe(false);
    expect(isPlainDate('2026-1-5')).toBe(false);
    expect(isPlainDate(20260105)).toBe(false);
  });

  it('moves by months with the day clamped to the month', () => {
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-11-22', -12)).toBe('2025-11-22');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('reads today in UTC', () => {
    expect(todayUtc(new Date('2026-11-22T23:59:59-05:00'))).toBe('2026-11-23');
  });
});
