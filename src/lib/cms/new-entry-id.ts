/**
 * A new entry's file name, by the same rules as the scaffolds: a meeting is named by its area,
 * problem and month (npm run new:meeting), anything else by its title (npm run new:report).
 */
import { meetingId, slugify } from '../scaffold.ts';

export function newEntryId(collection: string, data: Record<string, unknown>): string | undefined {
  const text = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);
  if (collection === 'meetings') {
    const [area, problem, date] = [text('area'), text('problem'), text('date')];
    if (area && problem && date && /^\d{4}-\d{2}/.test(date)) return meetingId(area, problem, date);
  }
  const title = text('title');
  return title ? slugify(title) : undefined;
}
