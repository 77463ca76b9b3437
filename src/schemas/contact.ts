import { z } from 'zod';
import { baseFields, entryId, source, webUrl } from './common.ts';

export const contactKinds = [
  'emergency',
  'police',
  'council-team',
  'statutory-partner',
  'housing-provider',
  'voluntary',
  'national-helpline',
] as const;

/** Needs that group contacts on the "Who to call" page. */
export const contactNeeds = [
  'emergency',
  'report-asb',
  'report-crime',
  'noise',
  'housing',
  'environment',
  'licensing',
  'victims',
  'domestic-abuse',
  'hate-crime',
  'fraud',
  'mental-health',
  'partnership',
] as const;

/** A UK phone number as written for readers; validated and normalised by src/lib/phone.ts. */
const phoneText = z
  .string()
  .regex(/^[0-9 +()]+$/, 'expected a phone number of digits and spaces, such as "0300 456 0100"');

/** An organisation, team or role a councillor may need to reach. The body says when to call. */
export const contactSchema = z
  .strictObject({
    ...baseFields,
    /** The organisation, such as "Wiltshire Council". */
    organisation: z.string().trim().min(1),
    /** The team or role within it, when there is one. */
    team: z.string().trim().min(1).optional(),
    /** A named person, only where the organisation publishes the name. */
    person: z.string().trim().min(1).optional(),
    /** What sort of contact this is. */
    kind: z.enum(contactKinds),
    /** What it is for, in one line. */
    summary: z.string().trim().min(1),
    /** The published phone number. */
    phone: phoneText.optional(),
    /** Text relay or textphone number. */
    textphone: phoneText.optional(),
    /** A note about the phone route, such as "press 4" or "no direct line is published". */
    phoneNote: z.string().trim().min(1).optional(),
    /** The published email address. */
    email: z.email('expected an email address').optional(),
    /** The web page or online form. */
    web: webUrl.optional(),
    /** Opening hours, as published. */
    hours: z.string().trim().min(1).optional(),
    /** The community areas covered (ids in the council's areas folder), or "all". */
    areas: z.union([z.literal('all'), z.array(entryId).min(1)]),
    /** Needs this contact meets, for the "Who to call" page. */
    needs: z.array(z.enum(contactNeeds)).min(1),
    /** Powers this contact leads on (ids in content/powers). */
    powers: z.array(entryId).default([]),
    /** Where the contact details were published. */
    sources: z.array(source).min(1, 'expected at least one source for the contact details'),
  })
  .superRefine((contact, ctx) => {
    if (!contact.phone && !contact.email && !contact.web)
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'missing: a contact needs at least one of phone, email or web',
      });
  });

export type Contact = z.output<typeof contactSchema>;
export type ContactNeed = (typeof contactNeeds)[number];
