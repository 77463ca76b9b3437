/** Words readers see for the values stored in the content. One place, so pages agree. */
import type { agencies } from '../schemas/common.ts';
import type { contactKinds, contactNeeds } from '../schemas/contact.ts';
import type { legislationKinds, legislationStatuses } from '../schemas/legislation.ts';
import type { appliesToValues, powerStatuses } from '../schemas/power.ts';
import type { NationField } from '../schemas/nation.ts';
import type { problemGroups } from '../schemas/problem.ts';
import type { briefingKinds } from '../schemas/briefing.ts';
import type { meetingStatuses } from '../schemas/meeting.ts';
import type { CollectionName } from '../schemas/collections.ts';
import type { reportKinds, reportStatuses } from '../schemas/report.ts';
import type { NationalChange } from '../schemas/national-changelog.ts';
import type { ProgressUpdate, ResponseDecision, ResponseRoute } from '../schemas/report.ts';
import type { RecommendationStatus } from './recommendation-statuses.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** Written to sit inside a sentence ("used by the council and the police"); see sentenceList. */
export const agencyLabels: Labels<typeof agencies> = {
  police: 'the police',
  pcso: 'police community support officers',
  council: 'the council',
  'social-landlord': 'social landlords',
  'private-landlord': 'private landlords',
  prosecutor: 'the Crown Prosecution Service',
  court: 'the courts',
  'fire-and-rescue': 'the fire and rescue service',
  health: 'the NHS',
  probation: 'the Probation Service',
  'youth-justice': 'the youth justice service',
  'police-and-crime-commissioner': 'the police and crime commissioner',
  'any-person': 'anyone',
};

export const powerStatusLabels: Labels<typeof powerStatuses> = {
  'in-force': 'In force',
  'not-yet-in-force': 'Passed, not yet in force',
  repealed: 'Repealed',
};

export const appliesToLabels: Labels<typeof appliesToValues> = {
  person: 'a person',
  group: 'a group',
  business: 'a business',
  'public-place': 'a public place',
  premises: 'premises',
  land: 'land',
  vehicle: 'a vehicle',
  tenancy: 'a tenancy',
};

export const extentLabels = { england: 'England', wales: 'Wales', 'england-and-wales': 'England and Wales' } as const;

export const legislationKindLabels: Labels<typeof legislationKinds> = {
  act: 'Act of Parliament',
  regulations: 'Regulations',
  'statutory-guidance': 'Statutory guidance',
  bill: 'Bill',
  'policy-paper': 'Policy paper',
  circular: 'Home Office circular',
};

/** What a legislation entry's date is: Royal Assent for an Act, the day regulations were made, else publication. */
export const legislationDateLabels: Labels<typeof legislationKinds> = {
  act: 'Royal Assent',
  regulations: 'Made',
  'statutory-guidance': 'Published',
  bill: 'Published',
  'policy-paper': 'Published',
  circular: 'Published',
};

export const legislationStatusLabels: Labels<typeof legislationStatuses> = {
  'in-force': 'In force',
  'partly-in-force': 'Partly in force',
  'not-yet-in-force': 'Passed, not yet in force',
  superseded: 'Replaced by a later edition',
  repealed: 'Repealed',
  'before-parliament': 'Before Parliament',
  fell: 'Fell (did not become law)',
  published: 'Published',
};

export const problemGroupLabels: Labels<typeof problemGroups> = {
  noise: 'Noise',
  'neighbours-and-housing': 'Neighbours and housing',
  'streets-and-public-places': 'Streets, parks and public places',
  'young-people': 'Young people',
  'drink-and-drugs': 'Drink and drugs',
  'vehicles-and-roads': 'Vehicles and roads',
  environment: 'Rubbish, graffiti and untidy places',
  'harassment-and-hate': 'Harassment, abuse and hate',
  'licensed-premises': 'Pubs, clubs and shops',
  animals: 'Dogs and other animals',
};

export const contactKindLabels: Labels<typeof contactKinds> = {
  emergency: 'Emergency',
  police: 'Police',
  'council-team': 'Council team',
  'statutory-partner': 'Partner agency',
  'housing-provider': 'Housing provider',
  voluntary: 'Voluntary organisation',
  'national-helpline': 'National helpline',
};

export const contactNeedLabels: Labels<typeof contactNeeds> = {
  emergency: 'Emergencies',
  'report-asb': 'Report anti-social behaviour',
  'report-crime': 'Report a crime',
  noise: 'Noise',
  housing: 'Housing and tenants',
  environment: 'Rubbish, fly-tipping and untidy land',
  licensing: 'Pubs, clubs and licensed premises',
  victims: 'Support for victims',
  'domestic-abuse': 'Domestic abuse',
  'hate-crime': 'Hate crime',
  fraud: 'Fraud and scams',
  'mental-health': 'Someone in distress',
  partnership: 'The community safety partnership',
};

export const reportStatusLabels: Labels<typeof reportStatuses> = {
  draft: 'Draft',
  exempt: 'Exempt',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

export const reportKindLabels: Labels<typeof reportKinds> = {
  'task-group': 'Task group report',
  committee: 'Committee report',
  'annual-scrutiny': 'Annual crime and disorder scrutiny',
  'follow-up': 'Follow-up report',
};

export const briefingKindLabels: Labels<typeof briefingKinds> = {
  'legislative-change': 'Change in the law',
  achievement: 'Achievement',
  'recommendation-update': 'Recommendation update',
  meeting: 'Meeting',
  general: 'General',
};

export const meetingStatusLabels: Labels<typeof meetingStatuses> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

/** Headings for lists that mix collections, such as the content review dates page. */
export const collectionLabels: Record<CollectionName, string> = {
  powers: 'Powers',
  legislation: 'Legislation',
  problems: 'Problems',
  contacts: 'Contacts',
  areas: 'Areas',
  reports: 'Scrutiny reports',
  briefings: "Members' briefing",
  meetings: 'Meetings',
};

/** What kind of change a national changelog entry records, as readers see it. */
export const nationalChangeKindLabels: Record<NationalChange['kind'], string> = {
  'law-changed': 'The law changed',
  correction: 'Correction',
  addition: 'New information',
  clarification: 'Clearer wording',
};

/** Labels for the facts a nation can set differently (src/schemas/nation.ts), as the key facts name them. */
export const nationFieldLabels: Record<NationField, string> = {
  legislation: 'The law',
  inForceFrom: 'Came into force',
  repealedOn: 'Repealed',
  legalTest: 'Legal test',
  duration: 'How long it lasts',
  court: 'Court',
  breach: 'If it is breached',
  fixedPenalty: 'Fixed penalty',
  fee: 'Fee',
  appeal: 'Appeal',
  consultation: 'Duty to consult',
};

/** What the key facts say when a fact that can be empty is empty. */
export const emptyFactLabels: Partial<Record<NationField, string>> = {
  court: 'No court is involved',
  fixedPenalty: 'None',
  fee: 'None',
  appeal: 'No right of appeal',
  consultation: 'No duty to consult',
};

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  'response-overdue': 'Response overdue',
  overdue: 'Overdue',
  'awaiting-response': 'Awaiting response',
  'no-response': 'No response recorded',
  paused: 'Paused',
  deferred: 'Deferred',
  'not-started': 'Not started',
  ongoing: 'Ongoing',
  responded: 'Responded',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  noted: 'Noted',
  complete: 'Complete',
  rejected: 'Rejected',
};

/** What each status means, for the key on the tracker page. */
export const recommendationStatusMeanings: Record<RecommendationStatus, string> = {
  'response-overdue': 'No response was recorded within the period the council sets for this kind of responder.',
  overdue: 'Its due date has passed and it is not complete.',
  'awaiting-response': 'No response yet, and the response period has not ended.',
  'no-response':
    'No response is recorded, and no response period can be counted (none applies, it is not known, or the date it was sent is not recorded).',
  paused: 'The latest update says work has paused.',
  deferred: 'The responder put off deciding.',
  'not-started': 'The latest update says work has not started.',
  ongoing: 'The latest update says work is going on.',
  responded: 'A response is recorded, but not whether it accepted the recommendation.',
  accepted: 'Accepted, with no progress update yet.',
  'partly-accepted': 'Partly accepted, with no progress update yet.',
  noted: 'The responder noted it, with no commitment to act.',
  complete: 'The latest update says it is complete.',
  rejected: 'The responder rejected it.',
};

export const responseDecisionLabels: Record<ResponseDecision, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  rejected: 'Rejected',
  noted: 'Noted',
  deferred: 'Deferred',
};

export const progressStatusLabels: Record<ProgressUpdate['status'], string> = {
  'not-started': 'Not started',
  ongoing: 'Ongoing',
  paused: 'Paused',
  complete: 'Complete',
};

export const ragLabels = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** The kinds of date on the scrutiny calendar (ScrutinyDate in tracker.ts). */
export const scrutinyDateKindLabels = {
  'annual-scrutiny': 'Annual scrutiny',
  'report-follow-up': 'Report follow-up',
  'recommendation-due': 'Recommendation due',
  'next-update': 'Progress update due',
} as const;

export const responseRouteLabels: Record<ResponseRoute, string> = {
  executive: 'the executive (cabinet)',
  partner: 'a partner body',
  none: 'no formal response is due',
};
