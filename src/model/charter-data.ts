/* Generated from data/charter.schema.json by scripts/gen-types.mjs: edit the schema, not this file. */

/**
 * Lower-case ASCII letters, digits and dashes.
 */
export type Id = string;
/**
 * Text in Bangla (a plain string), or in both languages as {"bn": …, "en": …}.
 */
export type Text =
  | string
  | {
      bn?: string;
      en?: string;
    };
export type Email = string;
/**
 * An https: or http: address.
 */
export type Url = string;

/**
 * A Bangladeshi government office's Citizen Charter (সিটিজেন চার্টার). Every cell of the printed charter is kept verbatim in a `text` field; parsed values sit beside it and never replace it.
 */
export interface Charter {
  $schema?: string;
  /**
   * Version of this format; 1 for now.
   */
  formatVersion: 1;
  id?: Id;
  office: Office;
  title?: Text;
  published?: PublicationDate;
  updated?: PublicationDate;
  vision?: Text;
  mission?: Text;
  /**
   * Every officer the charter names, defined once and referenced by id.
   */
  officers?: Officer[];
  /**
   * The promised services (section 2), in the charter's own order. A charter without grouping has one group without a heading.
   */
  serviceGroups: ServiceGroup[];
  expectations?: Expectations;
  grievance?: Grievance;
}
export interface Office {
  government?: Text;
  department?: Text;
  name: Text;
  location?: Text;
  /**
   * As printed; may lack https://.
   */
  website?: string;
}
export interface PublicationDate {
  text: Text;
  /**
   * The same date as YYYY-MM-DD, when known.
   */
  date?: string;
}
export interface Officer {
  id: Id;
  honorific?: Text;
  name?: Text;
  designation?: Text;
  office?: Text;
  phones?: Phone[];
  emails?: Email[];
}
export interface Phone {
  /**
   * The number as printed, e.g. ০১৮৫৭২৭০৭৯৮.
   */
  text: string;
  label?: Text;
  /**
   * The same number in E.164, e.g. +8801857270798.
   */
  e164?: string;
}
export interface ServiceGroup {
  id: Id;
  /**
   * The group's number as printed, e.g. ২.১.
   */
  serial?: string;
  heading?: Text;
  headers?: ColumnHeaders;
  services: Service[];
}
/**
 * The table's column headers as printed, by the field they map to.
 */
export interface ColumnHeaders {
  serial?: Text;
  name?: Text;
  delivery?: Text;
  documents?: Text;
  documentsSource?: Text;
  fee?: Text;
  timeLimit?: Text;
  officers?: Text;
  seniorOfficers?: Text;
  unit?: Text;
}
export interface Service {
  id: Id;
  /**
   * The serial as printed, e.g. ৫ or ০৫.
   */
  serial: string;
  name: Text;
  delivery?: Text;
  documents?: Text;
  documentsSource?: Text;
  fee?: Fee;
  timeLimit?: TimeLimit;
  officers?: OfficerCell;
  seniorOfficers?: OfficerCell;
  unit?: Text;
  /**
   * Any other column the format adds.
   */
  extra?: ExtraColumn[];
}
export interface Fee {
  text: Text;
  /**
   * True when the service is free of charge.
   */
  free?: boolean;
  /**
   * The fee in taka, when it is one amount.
   */
  amount?: number;
}
export interface TimeLimit {
  text: Text;
  /**
   * The limit in days; 0 for immediate.
   */
  days?: number;
  /**
   * True when the days are working days.
   */
  workingDays?: boolean;
}
export interface OfficerCell {
  text: Text;
  /**
   * Ids of the officers the cell names, in order.
   */
  officers?: Id[];
}
export interface ExtraColumn {
  heading: Text;
  text: Text;
}
/**
 * Section 3: what the office expects of you (আপনার কাছে আমাদের প্রত্যাশা).
 */
export interface Expectations {
  heading?: Text;
  items: {
    serial?: string;
    text: Text;
  }[];
}
/**
 * Section 4: grievance redress (GRS) escalation.
 */
export interface Grievance {
  heading?: Text;
  intro?: Text;
  levels: GrievanceLevel[];
}
export interface GrievanceLevel {
  serial?: string;
  when: Text;
  whom: Text;
  address: {
    text: Text;
    officers?: Id[];
    phones?: Phone[];
    emails?: Email[];
    website?: Url;
  };
  deadline?: TimeLimit;
}
