/**
 * The charter as schema.org JSON-LD, for the one `<script type="application/ld+json">` of the static HTML snippet
 * (`charter-widgets render`). No DOM here.
 *
 * One `@graph`: the office (GovernmentOffice), every service (GovernmentService) and every officer a service names as
 * responsible (ContactPoint), texts in the requested locale or else the other one (as the elements show them). A
 * service's `@id` is `#<service id>`, the id of its row in the rendered table; the office and the officers take ids
 * starting with `_`, which no charter id has, so they never meet a service's.
 */
import type {
  ContactPointLeaf,
  GovernmentOfficeLeaf,
  GovernmentServiceLeaf,
  Graph,
  IdReference,
  OfferLeaf,
  ServiceChannelLeaf,
} from 'schema-dts';
import type { Fee, Officer, Service, TimeLimit } from '../generated/charter-data.js';
import { parseFee } from '../import/parse-values.js';
import type { Charter } from './charter.js';
import { isEmail, phoneE164, websiteHref } from './contact.js';
import { type Locale, textIn } from './text.js';

export type CharterJsonLdNode = GovernmentOfficeLeaf | GovernmentServiceLeaf | ContactPointLeaf;

/** The office first, then the services in charter order, then the officers they name, in the charter's order. */
export interface CharterJsonLd extends Graph {
  '@graph': [GovernmentOfficeLeaf, ...(GovernmentServiceLeaf | ContactPointLeaf)[]];
}

const OFFICE_ID = '#_office';
const officerId = (officer: Officer) => `#_officer-${officer.id}`;

/**
 * The charter's JSON-LD in a locale. Plain data for JSON.stringify: a property the charter has no value for is left
 * out, never undefined, null, '' or [].
 */
export function charterJsonLd(charter: Charter, locale: Locale): CharterJsonLd {
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale)?.value;
  const { office } = charter.data;
  const location = text(office.location);

  const officeNode: GovernmentOfficeLeaf = {
    '@type': 'GovernmentOffice',
    '@id': OFFICE_ID,
    name: text(office.name),
    // The location is a place name as printed (কালুখালী, রাজবাড়ী), not a street address: the locality is all we know.
    address:
      location === undefined
        ? undefined
        : { '@type': 'PostalAddress', addressLocality: location, addressCountry: 'BD' },
    url: office.website === undefined ? undefined : websiteHref(office.website),
    // The ministry, division or directorate the office belongs to.
    parentOrganization: { '@type': 'GovernmentOrganization', name: text(office.department) },
    // The charter format has no phone of the office itself (only its officers'), so no `telephone`.
  };

  const named = new Set<Officer>();
  const services = charter.services.map(({ service, group }): GovernmentServiceLeaf => {
    const officers = (service.officers?.officers ?? []).flatMap((id) => charter.officers.get(id) ?? []);
    officers.forEach((officer) => named.add(officer));
    const price = feePrice(service.fee);
    return {
      '@type': 'GovernmentService',
      '@id': `#${service.id}`,
      name: text(service.name),
      // A charter has no description column. How the service is delivered says best what a citizen does to get it;
      // formats without that column (union parishads) have the required documents instead.
      description: text(service.delivery ?? service.documents),
      serviceType: text(group.heading),
      provider: { '@id': OFFICE_ID },
      areaServed: location,
      offers: price === undefined ? undefined : ({ '@type': 'Offer', price, priceCurrency: 'BDT' } satisfies OfferLeaf),
      availableChannel: channel(service, officers, locale),
    };
  });

  const contacts = (charter.data.officers ?? [])
    .filter((officer) => named.has(officer))
    .map((officer): ContactPointLeaf => ({
      '@type': 'ContactPoint',
      '@id': officerId(officer),
      name: text(officer.name ?? officer.designation),
      // ContactPoint has no jobTitle (that is Person's); contactType is its word for the role.
      contactType: text(officer.designation),
      telephone: oneOrMany((officer.phones ?? []).flatMap((phone) => phoneE164(phone) ?? [])),
      email: oneOrMany((officer.emails ?? []).filter(isEmail)),
    }));

  const jsonLd: CharterJsonLd = { '@context': 'https://schema.org', '@graph': [officeNode, ...services, ...contacts] };
  return pruned(jsonLd);
}

/**
 * The time limit and the responsible officers, as the one way (ServiceChannel) a service is delivered. schema.org
 * has no time limit of a Service: `processingTime` ("estimated processing time for the service using this channel")
 * is the nearest, and it lives on ServiceChannel (`additionalProperty` is not a Service property, `hoursAvailable`
 * means opening hours). It takes an ISO 8601 duration, so it is given only for calendar days the charter parsed
 * (`P0D` for immediate); working days have no ISO 8601 unit and "7 days" would promise more than "7 working days".
 * The printed limit is the channel's description, so a limit in words ("as directed") is not lost.
 */
function channel(service: Service, officers: Officer[], locale: Locale): ServiceChannelLeaf | undefined {
  const limit = service.timeLimit;
  const description = textIn(limit?.text, locale)?.value;
  const processingTime = limit && isoDays(limit);
  if (description === undefined && officers.length === 0) return undefined;
  return {
    '@type': 'ServiceChannel',
    description,
    processingTime,
    servicePhone: oneOrMany(officers.map((officer): IdReference => ({ '@id': officerId(officer) }))),
  };
}

function isoDays({ days, workingDays }: TimeLimit): string | undefined {
  return days === undefined || workingDays ? undefined : `P${days}D`;
}

// ৳ before the digits (৳ ৫০, ৳৫০০), which the importer's fee parser does not read, as the টাকা after them it does.
const TAKA_SIGN = /৳\s*([0-9০-৯][0-9০-৯,]*)/g;

/**
 * The fee in taka when it is one amount: the charter's parsed `amount`, or else what the importer's parser reads in
 * the printed Bangla text (one amount, Bangla digits or ASCII, "৫০/-" or "৫০ টাকা"; "বিনামূল্যে" alone is 0). A
 * range, a fee per case, free with a condition, or words only give no price.
 */
function feePrice(fee: Fee | undefined): number | undefined {
  if (fee === undefined) return undefined;
  if (fee.amount !== undefined) return fee.amount;
  const printed = typeof fee.text === 'string' ? fee.text : fee.text.bn;
  return printed === undefined ? undefined : parseFee(printed.replace(TAKA_SIGN, '$1 টাকা')).amount;
}

/** One value as itself, several as a list, none as undefined (so the property is left out). */
function oneOrMany<T>(values: T[]): T | T[] | undefined {
  return values.length > 1 ? values : values[0];
}

/** A deep copy without undefined values, empty strings and empty lists, nor objects left with only a `@type`. */
function pruned<T>(value: T): T {
  return prune(value) as T;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const kept = prune(item);
      return kept === undefined ? [] : [[key, kept] as const];
    });
    return entries.some(([key]) => key !== '@type') ? Object.fromEntries(entries) : undefined;
  }
  return value === '' ? undefined : value;
}

/**
 * JSON for the inside of a `<script>` (the JSON-LD, and the snippet's charter data): `<`, `>` and `&` as \u escapes,
 * so no `</script>` or `<!--` in a charter's text ends or changes the element, and U+2028/U+2029 escaped for older
 * JavaScript parsers.
 * These characters only occur inside JSON strings, where the escapes mean the same, so JSON.parse gives the value
 * back unchanged.
 */
export function jsonInScript(value: object): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
