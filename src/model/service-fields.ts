/**
 * The one list of a service's columns besides its serial and name: what kind of cell each holds, in the order the
 * official board prints them. The table (<charter-services>), the importer and the search derive theirs from it; it is
 * a record over the schema's column headers, so a column added to the schema does not compile until it is here.
 * No DOM here.
 */
import type { ColumnHeaders, Service, Text } from '../generated/charter-data.js';
import { toAsciiDigits } from './text.js';

export type ServiceField = Exclude<keyof ColumnHeaders, 'serial' | 'name'>;

/** A plain text cell, a fee or a time limit (text with parsed values beside it), or an officer cell. */
export type FieldKind = 'text' | 'fee' | 'timeLimit' | 'officers';

export const SERVICE_FIELDS: Record<ServiceField, FieldKind> = {
  delivery: 'text',
  documents: 'text',
  documentsSource: 'text',
  fee: 'fee',
  timeLimit: 'timeLimit',
  officers: 'officers',
  seniorOfficers: 'officers',
  unit: 'text',
};

/** The fields in board order. */
export const FIELD_ORDER = Object.keys(SERVICE_FIELDS) as ServiceField[];

/** A field's text as the charter prints it. */
export function fieldText(service: Service, field: ServiceField): Text | undefined {
  const value = service[field];
  return typeof value === 'object' && 'text' in value ? value.text : value;
}

/**
 * The number a service's serial counts with, its own: `০৩` is 3, and `২.৩` (the group's number, then the service's) 3
 * as well. The importer checks serials and makes ids with it; the search finds a service by it.
 */
export function serialNumber(serial: string): number | undefined {
  const last = toAsciiDigits(serial).match(/\d+/g)?.at(-1);
  return last === undefined ? undefined : Number(last);
}
