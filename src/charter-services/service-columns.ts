import { msg } from '@lit/localize';
import type { Text } from '../generated/charter-data.js';
import type { ServiceGroup } from '../model/charter.js';
import { FIELD_ORDER, type ServiceField } from '../model/service-fields.js';

export type { ServiceField };

/** The fields that any service of the group fills, so a format's extra columns show and absent ones do not. */
export function fieldsOf(group: ServiceGroup): ServiceField[] {
  return FIELD_ORDER.filter((field) => group.services.some((service) => service[field] !== undefined));
}

/** Headings of the `extra` columns the group's services carry, each once, in first-seen order. */
export function extraHeadingsOf(group: ServiceGroup): Text[] {
  const seen = new Map<string, Text>();
  for (const service of group.services)
    for (const column of service.extra ?? []) seen.set(headingKey(column.heading), column.heading);
  return [...seen.values()];
}

/** The same heading in any form (plain string or {bn, en}) gives the same key. */
export function headingKey(heading: Text): string {
  return typeof heading === 'string' ? heading : (heading.bn ?? heading.en ?? '');
}

/** The UI's own column heading for a field, in the active locale. */
export function fieldLabel(field: ServiceField | 'serial' | 'name', fields: ServiceField[]): string {
  switch (field) {
    case 'serial':
      return msg('ক্রমিক', { id: 'col-serial' });
    case 'name':
      return msg('সেবার নাম', { id: 'col-name' });
    case 'delivery':
      return msg('সেবা প্রদান পদ্ধতি', { id: 'col-delivery' });
    case 'documents':
      return fields.includes('documentsSource')
        ? msg('প্রয়োজনীয় কাগজপত্র', { id: 'col-documents' })
        : msg('প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান', { id: 'col-documents-and-source' });
    case 'documentsSource':
      return msg('কাগজপত্র প্রাপ্তির স্থান', { id: 'col-documents-source' });
    case 'fee':
      return msg('সেবার মূল্য ও পরিশোধ পদ্ধতি', { id: 'col-fee' });
    case 'timeLimit':
      return msg('সেবা প্রদানের সময়সীমা', { id: 'col-time-limit' });
    case 'officers':
      return msg('দায়িত্বপ্রাপ্ত কর্মকর্তা', { id: 'col-officers' });
    case 'seniorOfficers':
      return msg('ঊর্ধ্বতন কর্মকর্তা', { id: 'col-senior-officers' });
    case 'unit':
      return msg('শাখা/ইউনিট', { id: 'col-unit' });
  }
}
