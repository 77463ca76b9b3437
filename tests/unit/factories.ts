/** Valid raw entries (as parsed from YAML) for unit tests to vary one field at a time. */
export const validPower = () => ({
  title: 'Community protection notice',
  shortName: 'CPN',
  summary: 'Tells someone to stop behaviour that spoils life nearby.',
  status: 'in-force',
  legislation: {
    act: 'Anti-social Behaviour, Crime and Policing Act 2014',
    sections: 'ss43-58',
    url: 'https://www.legislation.gov.uk/ukpga/2014/12/part/4/chapter/1',
  },
  extent: 'england-and-wales',
  usedBy: ['council', 'police'],
  appliesTo: ['person'],
  legalTest: 'Persistent, unreasonable conduct that harms quality of life.',
  minimumAge: 16,
  duration: 'No maximum.',
  court: null,
  breach: 'A criminal offence.',
  fixedPenalty: 'Up to £100.',
  appeal: "Magistrates' court within 21 days.",
  consultation: null,
  reviewed: '2026-11-23',
  citations: {
    usedBy: ['s43(1)'],
    legalTest: ['s43(1)', 's43(5)'],
    minimumAge: ['s43(1)'],
    duration: ['s43(8)'],
    breach: ['s48(4)'],
    fixedPenalty: ['s52'],
    appeal: ['s46'],
  },
  sources: [{ title: 'ASBCPA 2014 s43', url: 'https://www.legislation.gov.uk/ukpga/2014/12/section/43' }],
});

export const validProblem = () => ({
  title: 'Noisy neighbours',
  summary: 'Loud music late at night.',
  group: 'noise',
  powers: [{ power: 'community-protection-notice', why: 'Stops persistent behaviour.' }],
  firstSteps: ['Keep a diary.'],
  lead: 'council-asb',
  questions: ['How many complaints?'],
  reviewed: '2026-11-23',
});

export const validContact = () => ({
  title: 'Council ASB team',
  organisation: 'Example Council',
  kind: 'council-team',
  summary: 'Persistent ASB.',
  phone: '0300 456 0100',
  areas: 'all',
  needs: ['report-asb'],
  powers: ['community-protection-notice'],
  reviewed: '2026-11-23',
  sources: [{ title: 'Council page', url: 'https://example.org/asb' }],
});

export const validReport = () => ({
  title: 'Task group report',
  summary: 'What we found.',
  kind: 'task-group',
  committee: 'Select Committee',
  chair: 'Cllr Chair',
  partnership: 'Example CSP',
  status: 'published',
  dates: { published: '2025-06-01' },
  recommendations: [
    {
      id: 'a',
      text: 'Do a thing.',
      to: 'The CSP',
      leadOfficer: 'head-of-community-safety',
      due: '2025-12-01',
      response: { decision: 'accepted', date: '2025-07-01', text: 'Agreed.' },
      updates: [{ date: '2025-10-01', text: 'Done.', status: 'complete' }],
    },
  ],
  reviewed: '2026-11-23',
});

export const validRoles = () => ({
  'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer', aliases: ['HoCS'] },
  'community-safety-partnership': { title: 'Community Safety Partnership', kind: 'body' },
});

export const validArea = () => ({
  title: 'Chippenham',
  areaBoard: 'Chippenham Area Board',
  summary: 'A town.',
  wards: [{ code: 'E05008345', name: 'Cepen Park and Derriads' }],
  contacts: ['council-asb-team'],
  priorities: [{ title: 'Noise', problem: 'noisy-neighbours' }],
  reviewed: '2026-11-23',
  sources: [{ title: 'Area boards', url: 'https://example.org/areas' }],
});
