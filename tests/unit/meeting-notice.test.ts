import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { buildNotice, formatDayAndDate } from '../../src/lib/meeting-notice.ts';
import { qrSvg } from '../../src/lib/qr-svg.ts';

const meeting = {
  date: '2027-03-10',
  start: '18:30',
  end: '20:00',
  venue: {
    name: 'Needham House',
    address: 'Victoria Road, Devizes, SN10 1FA',
    accessibility: 'Step-free entrance from the car park; hearing loop in the meeting room.',
  },
  questionsBy: '2027-03-03',
  enquiries: undefined,
};
const input = {
  meeting,
  areaBoard: 'Devizes Area Board',
  host: 'Devizes Area Board',
  problem: {
    title: 'Laughing gas canisters and people using nitrous oxide',
    summary: 'Groups inhale laughing gas in cars or parks and leave silver canisters behind.',
  },
  pageUrl: 'https://community-safety.example.org/meetings/devizes-nitrous-oxide-2027-03/',
  fallback: { name: 'Wiltshire Council', phone: '0300 456 0100' },
};

describe('buildNotice', () => {
  test('the plain-text version says what, when, where, the access, how to ask for help and in advance, and where to read more', () => {
    expect(buildNotice(input).text).toBe(
      [
        'Public meeting: Laughing gas canisters and people using nitrous oxide',
        '',
        'Devizes Area Board is holding a public meeting on one local problem: groups inhale laughing gas in cars or parks and leave silver canisters behind. Come and tell councillors, the police and other partners what you see, and hear what they can do about it.',
        '',
        'When: Wednesday 10 March 2027, 6:30pm to 8pm',
        'Where: Needham House, Victoria Road, Devizes, SN10 1FA',
        'Access: It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
        'Help to take part: Step-free entrance from the car park; hearing loop in the meeting room.',
        '',
        'You do not need to book. If you cannot come, or would like a question answered at the meeting, send it by Wednesday 3 March 2027 to Wiltshire Council, saying it is for Devizes Area Board: call 0300 456 0100.',
        '',
        'More about the meeting: https://community-safety.example.org/meetings/devizes-nitrous-oxide-2027-03/',
        '',
      ].join('\n'),
    );
  });

  test("a ward with no area board: the meeting is the ward's, and questions say which meeting", () => {
    const notice = buildNotice({ ...input, areaBoard: undefined, host: 'Compton ward' });
    expect(notice.invitation).toBe(
      'There is a public meeting for Compton ward on one local problem: groups inhale laughing gas in cars or parks and leave silver canisters behind. Come and tell councillors, the police and other partners what you see, and hear what they can do about it.',
    );
    expect(notice.questions).toContain('to Wiltshire Council, saying it is for Compton ward: call 0300 456 0100.');
  });

  test("the meeting's own enquiries route comes before the council's main number", () => {
    const notice = buildNotice({
      ...input,
      meeting: {
        ...meeting,
        questionsBy: undefined,
        enquiries: { name: 'Democratic Services', email: 'committee@wiltshire.gov.uk' },
      },
    });
    expect(notice.questions).toBe(
      'You do not need to book. If you cannot come, or would like a question answered at the meeting, send it to Democratic Services: email committee@wiltshire.gov.uk.',
    );
  });

  test('a venue still "to be confirmed" is never printed as if it were an address', () => {
    const notice = buildNotice({
      ...input,
      meeting: {
        ...meeting,
        venue: {
          name: 'To be confirmed',
          address: 'To be confirmed',
          accessibility: 'To be confirmed: say whether there is step-free access.',
        },
      },
    });
    expect(notice.where).toBeUndefined();
    expect(notice.help).toBeUndefined();
    expect(notice.access).toBe(
      'It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
    );
    expect(notice.text).not.toMatch(/to be confirmed/i);
  });

  test("a meeting at the area's usual venue states the usual venue's access facts", () => {
    const usualVenue = {
      name: 'Needham House',
      address: 'Victoria Road, Devizes, SN10 1FA',
      access: { stepFree: true, parking: false, checked: '2026-11-20' },
    };
    const notice = buildNotice({ ...input, usualVenue });
    expect(notice.access).toBe(
      'The venue has step-free access. It has no parking. It is not confirmed whether it has a hearing loop or an accessible toilet.',
    );
    expect(notice.text).toContain('Access: The venue has step-free access. It has no parking.');
    expect(notice.text).toContain(
      'Help to take part: Step-free entrance from the car park; hearing loop in the meeting room.',
    );
  });

  test("a meeting somewhere else does not borrow the usual venue's facts, and its own facts come first", () => {
    const usualVenue = {
      name: 'Needham House',
      address: 'Victoria Road, Devizes, SN10 1FA',
      access: { stepFree: true, checked: '2026-11-20' },
    };
    const elsewhere = { ...meeting, venue: { ...meeting.venue, name: 'Corn Exchange' } };
    expect(buildNotice({ ...input, usualVenue, meeting: elsewhere }).access).toBe(
      'It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
    );
    const own = {
      ...meeting,
      venue: { ...meeting.venue, access: { hearingLoop: true, source: 'https://example.org/needham-house' } },
    };
    expect(buildNotice({ ...input, usualVenue, meeting: own }).access).toBe(
      'The venue has a hearing loop. It is not confirmed whether it has step-free access, an accessible toilet or parking.',
    );
  });

  test.each([
    ['2027-03-10', 'Wednesday 10 March 2027'],
    ['2026-12-10', 'Thursday 10 December 2026'],
    ['2024-02-29', 'Thursday 29 February 2024'],
  ])('%s is %s', (iso, words) => expect(formatDayAndDate(iso)).toBe(words));
});

describe('qrSvg', () => {
  test('draws a code that a QR reader decodes to the address', () => {
    const url = input.pageUrl;
    const svg = qrSvg(url, 'QR code for the meeting page');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    const scale = 4;
    const width = size * scale;
    // The site's background and text colours (src/styles/tokens.css), written out.
    expect(svg).toContain(`<rect width="${size}" height="${size}" fill="#ffffff"/><path fill="#0b0c0c" d="M`);
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    // Paint each run "M{x} {y}h{n}..." from the SVG path in its fill colour #0b0c0c, so the test
    // reads what a printer would print.
    for (const [, x, y, n] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < Number(n) * scale; dx++) {
          const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
          [pixels[i], pixels[i + 1], pixels[i + 2]] = [0x0b, 0x0c, 0x0c];
        }
    }
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  test('is labelled for screen readers and escapes the label', () => {
    expect(qrSvg('https://x.org/', 'Code for "A & B"')).toMatch(
      /^<svg [^>]*role="img" aria-label="Code for &quot;A &amp; B&quot;"/,
    );
  });
});
