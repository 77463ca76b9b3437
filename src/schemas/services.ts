import { z } from 'zod';
import { entryId, serviceId } from './common.ts';

/**
 * The services national content names as leads (content/national/services.yaml): "the council's
 * environmental protection team", never a council's own team. Each council maps them to its contacts.
 */
export const serviceSchema = z.strictObject({
  /** The service as readers see it, such as "Council environmental protection". */
  name: z.string().trim().min(1, 'expected a name'),
  /** What the service deals with, in one line. */
  description: z.string().trim().min(1, 'expected a description'),
});

/** Every national service, by id. */
export const nationalServicesSchema = z.record(serviceId, serviceSchema);

/**
 * Who provides each national service in one council (councils/<id>/services.yaml): the ids of
 * contacts (local or national), the main route first. A service left out shows no local contact,
 * and the check lists it as a warning.
 */
export const councilServicesSchema = z.record(
  serviceId,
  z.array(entryId).min(1, 'expected at least one contact id; leave the service out when no contact provides it'),
);

export type Service = z.output<typeof serviceSchema>;
export type NationalServices = z.output<typeof nationalServicesSchema>;
export type CouncilServices = z.output<typeof councilServicesSchema>;
