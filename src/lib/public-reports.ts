import type { Report } from '../schemas/report.ts';

/** Reports that may appear in any output (page, search, feed, export): published or withdrawn, never draft or exempt. */
export function isPublicReport(report: Pick<Report, 'status'>): boolean {
  return report.status === 'published' || report.status === 'withdrawn';
}
