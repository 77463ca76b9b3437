/**
 * Assembles everything an area board needs for a single-topic meeting from the other
 * collections: agenda with running times, the problem, the powers with their local leads,
 * who to invite, questions to ask, related scrutiny recommendations and where residents report.
 */
import type { Area } from '../schemas/area.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Power } from '../schemas/power.ts';
import type { Problem } from '../schemas/problem.ts';
import type { Recommendation, Report } from '../schemas/report.ts';
import type { ResponsePeriods } from '../schemas/response-periods.ts';
import { latestDay } from './partial-date.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { CouncilServices, NationalServices } from '../schemas/services.ts';
import { contactsForPowerInArea, coversArea, leadContacts } from './contacts.ts';
import { workOutInvitees, type Invitee } from './invitees.ts';
import {
  agendaOverrun,
  agendaSpare,
  followUpDate,
  meetingPlaceholders,
  timedAgenda,
  type TimedItem,
} from './meetings.ts';
import { resolveIds } from './powers.ts';
import type { WithId } from './types.ts';
import type { PowerInNation } from './nations.ts';
import { recommendationStatus } from './recommendations.ts';
import { recommendationStatuses, type RecommendationStatus } from './recommendation-statuses.ts';

const closedStatuses: RecommendationStatus[] = ['complete', 'rejected', 'noted'];
const maxRecommendations = 10;

export interface PackSources<P extends WithId<Power>, C extends WithId<Contact>, R extends WithId<Report>> {
  areas: readonly WithId<Area>[];
  problems: readonly WithId<Problem>[];
  powers: readonly P[];
  contacts: readonly C[];
  /** Which contacts provide each national service in this council. */
  services: CouncilServices;
  /** The services national content names, for services the council has not mapped. */
  nationalServices: NationalServices;
  /** The council's name, such as "Wiltshire Council". */
  council: string;
  partnership?: Pick<Partnership, 'title' | 'members' | 'priorities'> | undefined;
  /** Local lead contacts from the council's overlays, by "powers/<id>" or "problems/<id>". */
  overlayLeads: ReadonlyMap<string, readonly string[]>;
  /** Public reports only: the caller never passes drafts or exempt reports. */
  reports: readonly R[];
  /** The council's response periods (site.yaml), for "response overdue". */
  responsePeriods?: ResponsePeriods;
  asOf: string;
}

export interface MeetingPack<P, C, R> {
  area: WithId<Area>;
  problem: WithId<Problem>;
  agenda: TimedItem[];
  /** Minutes the agenda runs past the stated end; 0 when it fits. */
  overrun: number;
  /** Minutes left between the end of the agenda and the meeting's end; 0 when it fills the time. */
  spare: number;
  /** The day partners report back: the meeting's followUp, or six months on. */
  followUp: string;
  /** True when a planned meeting's date has passed: was it held? */
  datePassed: boolean;
  /** Fields still holding template text (the pack never prints it as if it were real). */
  placeholders: { field: string; found: string }[];
  powers: { power: P; why: string; leads: C[] }[];
  /** Who to invite and why; see invitees.ts. */
  invitees: Invitee<C>[];
  /** The area's own community safety priorities, and the partnership's priorities that cover this problem. */
  priorities: { area: Area['priorities']; partnership: { title: string }[] };
  /** Powers that fit but that the council's nation does not use (see PowerInNation); the pack names them only. */
  powersNotUsedHere: P[];
  questions: string[];
  /** Open recommendations on this problem or area, most urgent first, at most ten. */
  recommendations: { report: R; recommendation: Recommendation; status: RecommendationStatus }[];
  /** How many open recommendations there are in all (the pack shows at most ten). */
  openRecommendations: number;
  /** Where residents can report: emergency and reporting routes that cover the area, then the lead. */
  reportTo: C[];
}

export function buildMeetingPack<P extends WithId<Power>, C extends WithId<Contact>, R extends WithId<Report>>(
  meeting: WithId<Meeting>,
  sources: PackSources<P, C, R>,
): MeetingPack<P, C, R> {
  const m = meeting.data;
  const area = resolveIds([m.area], sources.areas, `${meeting.id} area`)[0]!;
  const problem = resolveIds([m.problem], sources.problems, `${meeting.id} problem`)[0]!;
  const directory = { contacts: sources.contacts, services: sources.services };
  const fitting = problem.data.powers.map((fit, i) => {
    const power = resolveIds([fit.power], sources.powers, `${problem.id} powers[${i}]`)[0]!;
    const leads = contactsForPowerInArea(
      { id: power.id, services: power.data.leads, overlayLeads: sources.overlayLeads.get(`powers/${power.id}`) },
      directory,
      area.id,
    );
    return { power, why: fit.why, leads };
  });
  resolveIds(m.invited, sources.contacts, `${meeting.id} invited`);
  const usedHere = (power: P) => (power.data as Partial<PowerInNation>).inNation?.notHere === undefined;
  const powers = fitting.filter((p) => usedHere(p.power));
  const problemLeads = leadContacts(
    { id: problem.id, services: [problem.data.lead], overlayLeads: sources.overlayLeads.get(`problems/${problem.id}`) },
    directory,
  );
  const invitees = workOutInvitees({
    council: sources.council,
    area: {
      id: area.id,
      title: area.data.title,
      areaBoard: area.data.areaBoard,
      wardNames: area.data.wards.map((w) => w.name),
    },
    problem: { id: problem.id, title: problem.data.title, group: problem.data.group, leads: problemLeads },
    powers: powers
      .filter((p) => p.power.data.status === 'in-force')
      .map((p) => ({ title: p.power.data.title, leads: p.leads })),
    contacts: sources.contacts,
    services: sources.services,
    nationalServices: sources.nationalServices,
    partnership: sources.partnership,
    invited: m.invited,
  });
  // Only open recommendations, most urgent first, and a handful: a pack is a handout, and the
  // tracker holds the rest.
  const order = (s: RecommendationStatus) => recommendationStatuses.indexOf(s);
  const related = sources.reports
    .filter((r) => r.data.problems.includes(problem.id) || r.data.areas.includes(area.id))
    .flatMap((report) =>
      report.data.recommendations.map((recommendation) => ({
        report,
        recommendation,
        status: recommendationStatus(recommendation, {
          report: report.data,
          periods: sources.responsePeriods ?? {},
          asOf: sources.asOf,
        }),
      })),
    )
    .filter((r) => !closedStatuses.includes(r.status));
  const recommendations = related
    .sort(
      (a, b) => order(a.status) - order(b.status) || dueDay(a.recommendation).localeCompare(dueDay(b.recommendation)),
    )
    .slice(0, maxRecommendations);
  const reporting = sources.contacts.filter(
    (c) => coversArea(c.data, area.id) && (c.data.needs.includes('emergency') || c.data.needs.includes('report-asb')),
  );
  return {
    area,
    problem,
    agenda: timedAgenda(m),
    overrun: agendaOverrun(m),
    spare: agendaSpare(m),
    followUp: followUpDate(m),
    datePassed: m.status === 'planned' && m.date < sources.asOf,
    placeholders: meetingPlaceholders(m),
    powers,
    powersNotUsedHere: fitting.filter((p) => !usedHere(p.power)).map((p) => p.power),
    invitees,
    priorities: {
      area: area.data.priorities,
      partnership: (sources.partnership?.priorities ?? [])
        .filter((p) => p.problems.includes(problem.id))
        .map((p) => ({ title: p.title })),
    },
    questions: problem.data.questions,
    recommendations,
    openRecommendations: related.length,
    reportTo: unique([...reporting, ...problemLeads.filter((c) => coversArea(c.data, area.id))]),
  };
}

const dueDay = (rec: Recommendation) => (rec.due ? latestDay(rec.due) : '9999');

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
