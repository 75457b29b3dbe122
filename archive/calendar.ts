/** Whether a year, month and day name a day of the calendar (2024-02-29 does, 2024-02-30 and 2023-02-29 do not). */
export function isCalendarDate(year: number, month: number | null, day: number | null): boolean {
  if (month === null) return day === null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === null) return true;
  return Number.isInteger(day) && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
