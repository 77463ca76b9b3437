import { describe, expect, test } from 'vitest';
import { cardReach, contactsForPowerInArea, contactsForServices, leadContacts } from '../../src/lib/contacts.ts';
import type { Contact } from '../../src/schemas/contact.ts';

const contact = (id: string, over: Partial<Contact> = {}) => ({
  id,
  data: { title: id, areas: 'all', powers: [], ...over } as Contact,
});
const contacts = [
  contact('police-101'),
  contact('council-noise'),
  contact('council-asb', { powers: ['pspo'] }),
  contact('north-asb', { areas: ['north'] }),
  contact('helpline'),
];
const directory = {
  contacts,
  services: {
    police: ['police-101'],
    'council-asb': ['north-asb', 'council-asb'],
    'environmental-protection': ['council-noise'],
  },
};

describe('who leads, from national services', () => {
  test("the council's contacts for each service, in the order the services are named, each once", () => {
    expect(contactsForServices(['council-asb', 'police', 'council-asb'], directory).map((c) => c.id)).toEqual([
      'north-asb',
      'council-asb',
      'police-101',
    ]);
  });

  test('a service the council has not mapped gives no contact', () => {
    expect(contactsForServices(['trading-standards'], directory)).toEqual([]);
  });

  test("an overlay's local leads come first, then the services, then contacts that say they lead on the power", () => {
    const leads = leadContacts({ id: 'pspo', services: ['police'], overlayLeads: ['helpline'] }, directory);
    expect(leads.map((c) => c.id)).toEqual(['helpline', 'police-101', 'council-asb']);
  });

  test('in an area, only the leads that cover it', () => {
    const power = { id: 'pspo', services: ['council-asb'] };
    expect(contactsForPowerInArea(power, directory, 'south').map((c) => c.id)).toEqual(['council-asb']);
    expect(contactsForPowerInArea(power, directory, 'north').map((c) => c.id)).toEqual(['north-asb', 'council-asb']);
  });
});

describe('the pocket card', () => {
  test('gives the phone first, then "online only" for a website, then the email, else nothing', () => {
    const web = 'https://example.org/report';
    expect(cardReach({ phone: '101', web, email: 'a@example.org' })).toEqual({ by: 'phone', phone: '101' });
    expect(cardReach({ web, email: 'a@example.org' })).toEqual({ by: 'web' });
    expect(cardReach({ email: 'a@example.org' })).toEqual({ by: 'email', email: 'a@example.org' });
    expect(cardReach({})).toBeUndefined();
  });
});
