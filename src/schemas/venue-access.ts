import { z } from 'zod';
import { isoDate, webUrl } from './common.ts';

/**
 * What is known about getting into and around a venue. Each fact is true or false when known and
 * left out when not: the notice then says plainly that it is not confirmed. Never guess one.
 */
export const venueAccess = z
  .strictObject({
    /** True when there is step-free access from the street to the meeting room; false when there is not. Leave out when not known. */
    stepFree: z.boolean().optional(),
    /** True when the meeting room has a hearing loop; false when it has not. Leave out when not known. */
    hearingLoop: z.boolean().optional(),
    /** True when the venue has an accessible toilet; false when it has not. Leave out when not known. */
    accessibleToilet: z.boolean().optional(),
    /** True when visitors can park at the venue; false when they cannot. Leave out when not known. */
    parking: z.boolean().optional(),
    /** Anything else residents should know, in a sentence or two, such as "The lift is by the main entrance." */
    note: z.string().trim().min(1, 'expected a short note, or leave note out').max(300, 'expected a note of at most 300 characters; put the detail on the venue\'s own page').optional(),
    /** The venue's or council's page that states these facts. */
    source: webUrl.optional(),
    /** The day someone last checked these facts with the venue or on its page. */
    checked: isoDate.optional(),
  })
  .refine((a) => a.source !== undefined || a.checked !== undefined, {
    message: 'expected where the access facts come from: a source (the venue\'s or council\'s page) or the day they were checked, or both',
    path: ['source'],
  });

export type VenueAccess = z.output<typeof venueAccess>;
