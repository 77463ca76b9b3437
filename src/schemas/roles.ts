import { z } from 'zod';
import { idPattern } from './common.ts';

export const roleKinds = ['officer', 'cabinet-member', 'body'] as const;

/**
 * The id of a role in the council's roles.yaml, such as "head-of-community-safety". Reports name
 * lead officers, cabinet members and responders by role id, so one role is one owner everywhere.
 * The integrity check makes sure the role exists and suggests the nearest one when it does not.
 */
export const roleId = z
  .string({ error: 'expected the id of a role in roles.yaml, such as "head-of-community-safety"' })
  .regex(idPattern, 'expected the id of a role in roles.yaml, in kebab-case, such as "head-of-community-safety"');

/** A job or a body that owns, leads or answers scrutiny recommendations. A role, not a person, so the list outlives changes of staff. */
export const roleSchema = z.strictObject({
  /** The role as readers see it, such as "Head of Community Safety, Wiltshire Council" or "Cabinet Member for Housing and Health". */
  title: z.string().trim().min(1, 'expected the role as readers see it, such as "Head of Community Safety"'),
  /** What it is: an officer's post, a cabinet member (portfolio holder), or a body such as a partnership, the executive or a committee. */
  kind: z.enum(roleKinds),
  /** Who holds it, when the papers name them and it helps readers; leave out otherwise. */
  holder: z.string().trim().min(1).optional(),
  /** Other ways papers and spreadsheets write it ("Head of Community Safety", "HoCS"). The tracker importer matches them. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/**
 * Every role of one council (councils/<id>/roles.yaml), by id: lead officers, cabinet members and
 * the bodies that answer recommendations. One list, so "Community Safety Partnership" and "the
 * Community Safety Partnership" are one owner, not two.
 */
export const rolesSchema = z.record(
  z.string().regex(idPattern, 'expected a role id in kebab-case, such as "head-of-community-safety"'),
  roleSchema,
);

export type Role = z.output<typeof roleSchema>;
export type Roles = z.output<typeof rolesSchema>;
export type RoleKind = (typeof roleKinds)[number];
