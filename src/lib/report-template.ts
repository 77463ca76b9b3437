/** The file `npm run new:report` writes, and the placeholder text a published report must not keep. */

/** Placeholder values the template fills in; the check refuses them in a published or withdrawn report. */
export const reportPlaceholders = {
  summary: 'One or two sentences on what the report is about.',
  committee: 'Name of the committee or task group',
  chair: 'Cllr Name',
  partnership: 'Name of the community safety partnership',
} as const;

const quote = (text: string) => JSON.stringify(text);

/** A draft report that passes the check as it stands; comments say what to fill in and what to leave out. */
export function reportTemplate(title: string, today: string): string {
  return `---
# A draft: checked by npm run check, never published. Change status to published when it is.
# Enter the paper as it is: leave out what it does not say, and never make up a day or a name.
title: ${quote(title)}
summary: ${reportPlaceholders.summary}
kind: task-group # task-group, committee, annual-scrutiny or follow-up
committee: ${reportPlaceholders.committee}
crimeAndDisorder: false # true when the committee sat as the crime and disorder committee
chair: ${reportPlaceholders.chair} # leave out when the report does not name one
members: []
partnership: ${reportPlaceholders.partnership}
status: draft # draft, exempt (add exemptParagraph: 1 to 7), published or withdrawn (add withdrawnReason)
# agendaItem: Item 10
# minute: Minute 110
# decisionMinute: Minute 165 # the cabinet's or executive's decision on it
dates: {} # replace {} with the dates the paper gives, each a day (2022-09-14), a month (2022-09) or a year (2022):
  # scoped: YYYY-MM
  # committee: YYYY-MM-DD # the meeting that agreed the report
  # published: YYYY-MM-DD # only when the paper gives a date other than the meeting's
  # responseRequested: YYYY-MM-DD # when the executive or partners received it (or the notice, if later)
  # decision: YYYY-MM-DD # the cabinet's or executive's decision
  # callInDeadline: YYYY-MM-DD
  # followUpDue: YYYY-MM-DD
# followUpTimetable: in 6 months time # the paper's words, when it gives no date
# mustRespond: executive # executive, partner or none: who must answer every recommendation
evidenceSessions: []
  # - { date: YYYY-MM, witness: Head of Community Safety, role: Council officer }
problems: [] # ids from content/national/problems
areas: [] # ids from the council's areas folder
recommendations: []
  # - id: "1" # the label as printed: "a", "1(a)", "CSC/2012/01"; quote numbers
  #   text: What the committee recommends.
  #   subItems: # parts printed as bullets or letters, each with its own response if it has one
  #     - { id: i, text: The first part. }
  #   to: Whom it is addressed to, as worded
  #   mustRespond: partner # executive, partner or none
  #   cabinetMember: a role id from roles.yaml
  #   leadOfficer: a role id from roles.yaml
  #   timetable: by March 2013 # the paper's words
  #   due: 2013-03 # a day or a month
  #   response: { decision: partly-accepted, date: YYYY-MM-DD, text: The response in its own words., by: a role id }
  #   updates:
  #     - { date: YYYY-MM-DD, text: What was done., status: ongoing, rag: amber }
  #   nextUpdate: YYYY-MM
  #   sourceIncomplete: What the source leaves out or cuts short.
# sourceIncomplete: What the source leaves out or cuts short.
reviewed: ${today}
sources: []
---

## Why we looked at this

## What we found

## What we recommend
`;
}
