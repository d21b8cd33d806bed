import { describe, expect, it } from 'vitest';
import { essayPhase, essayStatusLabel, type TEssayStatusInput } from '@/lib/domain/reading/essay-status';
import { timeLeft } from '@/lib/domain/reading/time-left';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const hours = (n: number) => minutes(n * 60);
const days = (n: number) => hours(n * 24);

const open: TEssayStatusInput = { status: 'PUBLISHED', discussion: 'OPEN', opensAt: null, closesAt: null };

describe('the status badge of an essay', () => {
  it.each<[string, Partial<TEssayStatusInput>, string]>([
    ['a published essay with no window', {}, 'Open'],
    ['a draft', { status: 'DRAFT' }, 'Draft'],
    ['a draft whose window is open is still a draft', { status: 'DRAFT', opensAt: days(-1), closesAt: days(2) }, 'Draft'],
    ['a discussion closed by hand', { discussion: 'CLOSED' }, 'Closed'],
    ['closed by hand although the window runs on', { discussion: 'CLOSED', opensAt: days(-1), closesAt: days(3) }, 'Closed'],
    ['a window that closes in exactly two days', { closesAt: days(2) }, 'Closes in 2 days'],
    ['two days and 23 hours left still reads two days', { closesAt: hours(71) }, 'Closes in 2 days'],
    ['one day and a bit', { closesAt: hours(25) }, 'Closes in 1 day'],
    ['under a day: hours', { closesAt: minutes(23 * 60 + 59) }, 'Closes in 23 hours'],
    ['one hour', { closesAt: hours(1) }, 'Closes in 1 hour'],
    ['under an hour: minutes', { closesAt: minutes(45) }, 'Closes in 45 minutes'],
    ['one minute', { closesAt: minutes(1) }, 'Closes in 1 minute'],
    ['seconds left', { closesAt: new Date(NOW.getTime() + 30_000) }, 'Closes in less than a minute'],
    ['the closing instant itself is closed', { closesAt: NOW }, 'Closed'],
    ['a window that closed yesterday', { opensAt: days(-7), closesAt: days(-1) }, 'Closed'],
    ['a window that opens in three days', { opensAt: days(3), closesAt: days(10) }, 'Opens in 3 days'],
    ['opens in five hours, no close', { opensAt: hours(5) }, 'Opens in 5 hours'],
    ['the opening instant itself is open', { opensAt: NOW }, 'Open'],
    ['opened an hour ago, closes in four days', { opensAt: hours(-1), closesAt: days(4) }, 'Closes in 4 days'],
    ['closed by hand before it ever opened', { discussion: 'CLOSED', opensAt: days(1) }, 'Closed'],
  ])('%s', (_name, settings, label) => {
    expect(essayStatusLabel(essayPhase({ ...open, ...settings }, NOW))).toBe(label);
  });
});

describe('essayPhase', () => {
  it('gives the time until the window closes, and none without a window', () => {
    expect(essayPhase({ ...open, closesAt: hours(3) }, NOW)).toEqual({ kind: 'OPEN', msUntilClose: 3 * 3_600_000 });
    expect(essayPhase(open, NOW)).toEqual({ kind: 'OPEN', msUntilClose: null });
  });

  it('gives the time until the window opens', () => {
    expect(essayPhase({ ...open, opensAt: minutes(90) }, NOW)).toEqual({ kind: 'OPENS_LATER', msUntilOpen: 90 * 60_000 });
  });
});

describe('timeLeft', () => {
  it.each<[number, string]>([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [60_000, '1 minute'],
    [119_999, '1 minute'],
    [120_000, '2 minutes'],
    [3_600_000, '1 hour'],
    [7_200_000, '2 hours'],
    [86_400_000, '1 day'],
    [30 * 86_400_000, '30 days'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(timeLeft(ms)).toBe(text);
  });
});
