/** The reports pages' data: one call per page. Tracker statuses are as of the build day. */
import { asOf } from './build-date.ts';
import { getAreas, getPartnership, getProblems, getPublicReports } from './content.ts';
import { reportLinkOf, scrutinyDates } from './scrutiny-calendar.ts';
import { trackerContext, trackerData } from './tracker.ts';
import { resolveIds } from '../lib/powers.ts';
import { hasRecommendations, progressSummary, summaryInWords } from '../lib/recommendations.ts';
import { trackerRows } from '../lib/tracker.ts';
import { reportDate } from '../schemas/report.ts';

/** The list of reports: each with its date and, when it has recommendations, where they stand in words. */
export async function reportListing() {
  const { periods } = trackerContext();
  return (await getPublicReports()).map((report) => ({
    report,
    date: reportDate(report.data),
    progress: hasRecommendations(report.data) ? summaryInWords(progressSummary(report.data, periods, asOf)) : undefined,
  }));
}

/** Each report with its problems, its areas and its recommendations as tracker rows. */
export async function reportPagePaths() {
  const [reports, problems, areas] = await Promise.all([getPublicReports(), getProblems(), getAreas()]);
  const context = trackerContext();
  return reports.map((report) => ({
    params: { id: report.id },
    props: {
      report,
      problems: resolveIds(report.data.problems, problems, `${report.id} problems`),
      areas: resolveIds(report.data.areas, areas, `${report.id} areas`),
      rows: trackerRows([report], context),
      roles: context.roles,
      hasCommitteeView: hasRecommendations(report.data),
    },
  }));
}

/** The committee view of each report that has recommendations: its rows and where they stand in words. */
export async function committeeViewPaths() {
  const context = trackerContext();
  return (await getPublicReports())
    .filter((report) => hasRecommendations(report.data))
    .map((report) => ({
      params: { id: report.id },
      props: {
        report,
        date: reportDate(report.data),
        rows: trackerRows([report], context),
        progress: summaryInWords(progressSummary(report.data, context.periods, asOf)),
      },
    }));
}

/** The scrutiny calendar page: the dates, each linked to its report where it has one, and the committee's name. */
export async function scrutinyCalendarPage() {
  const dates = (await scrutinyDates()).map((d) => ({ ...d, link: reportLinkOf(d) }));
  return { dates, committee: getPartnership().committee.name };
}

/** The tracker's filter pages, one per value: a status, a RAG rating, an owner, a committee or a year. */
export async function trackerStatusPaths() {
  const data = await trackerData();
  return data.byStatus.map((group) => ({ params: { status: group.status }, props: { group, data } }));
}

export async function trackerRagPaths() {
  const data = await trackerData();
  return data.byRag.map((group) => ({ params: { rag: group.rag }, props: { group, data } }));
}

export async function trackerOwnerPaths() {
  const data = await trackerData();
  return data.byOwner.map((group) => ({ params: { owner: group.role.id }, props: { group, data } }));
}

export async function trackerCommitteePaths() {
  const data = await trackerData();
  return data.byCommittee.map((group) => ({ params: { committee: group.slug }, props: { group, data } }));
}

export async function trackerYearPaths() {
  const data = await trackerData();
  return data.byYear.map((group) => ({ params: { year: String(group.year) }, props: { group, data } }));
}
