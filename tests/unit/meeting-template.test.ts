import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { meetingTemplate } from '../../src/lib/scaffold.ts';
import { agendaSpare, meetingPlaceholders } from '../../src/lib/meetings.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import type { Area } from '../../src/schemas/area.ts';
import type { Problem } from '../../src/schemas/problem.ts';

const area = (over: Partial<Area> = {}) => ({
  id: 'devizes',
  data: { title: 'Devizes', areaBoard: 'Devizes Area Board', ...over } as Area,
});
const problem = {
  id: 'nitrous-oxide',
  data: { title: 'Laughing gas', summary: 'Groups inhale laughing gas in parks.' } as Problem,
};
const input = {
  problem,
  date: '2027-03-10',
  today: '2026-11-30',
  police: 'The neighbourhood policing team for Devizes, Wiltshire Police',
  leadOfficers: ['Community safety team, Wiltshire Council', 'Licensing, Wiltshire Council'],
  enquiries: 'Wiltshire Council Democratic Services',
  host: 'Devizes Area Board',
};
const parse = (text: string) => meetingSchema.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));

describe('meetingTemplate', () => {
  const meeting = parse(
    meetingTemplate({
      ...input,
      area: area({ usualVenue: { name: 'Needham House', address: 'Victoria Road, Devizes, SN10 1FA' } }),
    }),
  );

  test('passes the meeting schema, fills 18:30 to 20:00 exactly and leaves no placeholder', () => {
    expect(agendaSpare(meeting)).toBe(0);
    expect(meeting.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(90);
    expect(meetingPlaceholders(meeting)).toEqual([]);
  });

  test('names people by role: the chair, the policing team and the first lead officer', () => {
    expect(meeting.agenda.map((item) => item.who)).toEqual([
      'Chair, Devizes Area Board',
      'The neighbourhood policing team for Devizes, Wiltshire Police',
      'Community safety team, Wiltshire Council',
      'Chair, Devizes Area Board',
      'Chair, Devizes Area Board',
      'Chair, Devizes Area Board',
    ]);
  });

  test('opens and closes the meeting, with who reports back on the follow-up six months on', () => {
    expect(meeting.agenda[0]!.subject).toBe('Welcome, introductions and how the meeting will run');
    expect(meeting.agenda.at(-1)).toEqual({
      subject: 'Close: who reports back, and when',
      who: 'Chair, Devizes Area Board',
      decision: 'Confirm who reports back to Devizes Area Board on 10 September 2027',
      minutes: 5,
    });
    expect(meeting.followUp).toBe('2027-09-10');
    expect(meeting.questionsBy).toBe('2027-03-03');
    expect(meeting.invited).toEqual([]);
  });

  test("meets at the area board's usual venue", () => {
    expect(meeting.venue).toEqual({
      name: 'Needham House',
      address: 'Victoria Road, Devizes, SN10 1FA',
      accessibility:
        'Tell Wiltshire Council Democratic Services before the meeting if you need step-free access, a hearing loop, or papers in large print or another format.',
    });
  });

  test('without a usual venue, leaves one the check will flag before the day', () => {
    const unbooked = parse(meetingTemplate({ ...input, area: area() }));
    expect(meetingPlaceholders(unbooked).map((p) => p.field)).toEqual(['venue.name', 'venue.address']);
  });

  test('with no council team among the leads, the police present the powers too', () => {
    const policeOnly = parse(meetingTemplate({ ...input, leadOfficers: [], area: area() }));
    expect(policeOnly.agenda[2]!.who).toBe('The neighbourhood policing team for Devizes, Wiltshire Police');
  });

  test("for a ward with no area board, the meeting is the ward's and the chair is the meeting's", () => {
    const text = meetingTemplate({
      ...input,
      host: 'Compton ward',
      area: { id: 'compton', data: { title: 'Compton' } as Area },
    });
    const ward = parse(text);
    expect(ward.title).toBe('Compton ward: Laughing gas');
    expect(ward.agenda[0]!.who).toBe('Chair of the meeting');
    expect(ward.agenda.at(-1)!.decision).toBe('Confirm who reports back to residents on 10 September 2027');
    expect(text).toContain(
      'There will be a public meeting for Compton ward about one local problem: groups inhale laughing gas in parks.',
    );
    expect(text).toContain('the\nmeeting will agree actions');
  });
});
