import { expect } from '@open-wc/testing';
import type { ContactPoint, GovernmentOffice, GovernmentService, Graph } from 'schema-dts';
import { type CharterData, charterFromJson } from '../../src/model/charter.js';
import { charterJsonLd, jsonInScript } from '../../src/model/json-ld.js';
import type { Locale } from '../../src/model/text.js';
import { loadData } from '../helpers.js';

function charterOf(data: CharterData) {
  const result = charterFromJson(data, 'test');
  if (!result.ok) throw new Error(`invalid test charter: ${JSON.stringify(result.error)}`);
  return result.charter;
}

async function jsonLdOf(name: string, locale: Locale) {
  return charterJsonLd(charterOf(await loadData(name)), locale);
}

/** The graph's node with an @id; the type is checked at run time and narrows the node for the compiler. */
function node<T extends 'GovernmentOffice' | 'GovernmentService' | 'ContactPoint'>(graph: Graph, id: string, type: T) {
  const found = graph['@graph'].find((n) => typeof n === 'object' && n['@id'] === id);
  expect(found, id).to.have.property('@type', type);
  return found as Extract<Graph['@graph'][number], { '@type': T }>;
}

/** Paths of every undefined, null, '' or [] in a value, and of objects with nothing but a @type. */
function emptyPaths(value: unknown, path = '$'): string[] {
  if (value === undefined || value === null || value === '') return [path];
  if (Array.isArray(value))
    return value.length ? value.flatMap((item, i) => emptyPaths(item, `${path}[${i}]`)) : [path];
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.every(([key]) => key === '@type')) return [path];
    return entries.flatMap(([key, item]) => emptyPaths(item, `${path}.${key}`));
  }
  return [];
}

describe('charter JSON-LD', () => {
  it("describes the seed's office, in Bangla", async () => {
    const jsonLd = await jsonLdOf('kalukhali-doict', 'bn');
    const graph: Graph = jsonLd; // a schema-dts Graph
    expect(graph['@context']).to.equal('https://schema.org');
    expect(jsonLd['@graph'][0]).to.deep.equal({
      '@type': 'GovernmentOffice',
      '@id': '#_office',
      name: 'উপজেলা কার্যালয়',
      address: { '@type': 'PostalAddress', addressLocality: 'কালুখালী, রাজবাড়ী', addressCountry: 'BD' },
      url: 'https://doict.kalukhali.rajbari.gov.bd/',
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর' },
    } satisfies GovernmentOffice);
  });

  it("describes each of the seed's 19 services, then its one officer", async () => {
    const jsonLd = await jsonLdOf('kalukhali-doict', 'bn');
    expect(jsonLd['@graph'].map((n) => n['@type'])).to.deep.equal([
      'GovernmentOffice',
      ...Array<string>(19).fill('GovernmentService'),
      'ContactPoint',
    ]);
    expect(node(jsonLd, '#citizen-1', 'GovernmentService')).to.deep.equal({
      '@type': 'GovernmentService',
      '@id': '#citizen-1',
      name: 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান',
      description: 'দাপ্তরিক ওয়েব সাইট/ টেলিফোন/ ই-মেইল/সরাসরি',
      serviceType: 'নাগরিক সেবা',
      provider: { '@id': '#_office' },
      areaServed: 'কালুখালী, রাজবাড়ী',
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'BDT' },
      availableChannel: {
        '@type': 'ServiceChannel',
        description: 'তাৎক্ষণিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)',
        servicePhone: { '@id': '#_officer-milon-hossain' },
      },
    } satisfies GovernmentService);
    expect(node(jsonLd, '#_officer-milon-hossain', 'ContactPoint')).to.deep.equal({
      '@type': 'ContactPoint',
      '@id': '#_officer-milon-hossain',
      name: 'মোঃ মিলন হোসেন',
      contactType: 'সহকারী প্রোগ্রামার',
      telephone: '+8801857270798',
      email: 'ap.kalukhali@doict.gov.bd',
    } satisfies ContactPoint);
  });

  it('gives no price for a fee "as per government policy", and the group heading of the second group', async () => {
    const jsonLd = await jsonLdOf('kalukhali-doict', 'bn');
    const training = node(jsonLd, '#citizen-6', 'GovernmentService');
    expect(training.name).to.equal(
      'মানবসম্পদ উন্নয়নে বেকার যুবক-যুবতীদের কর্মসংস্থানের লক্ষ্যে আউটসোর্সিং/ ICT বিষয়ক প্রশিক্ষণ আয়োজন',
    );
    expect(training).not.to.have.property('offers');
    expect(node(jsonLd, '#institutional-1', 'GovernmentService').serviceType).to.equal('প্রাতিষ্ঠানিক সেবা');
    expect(node(jsonLd, '#internal-13', 'GovernmentService').serviceType).to.equal('অভ্যন্তরীণ সেবা');
  });

  it('takes the English texts for an English page', async () => {
    const jsonLd = await jsonLdOf('kalukhali-doict', 'en');
    const office = node(jsonLd, '#_office', 'GovernmentOffice');
    expect(office.name).to.equal('Upazila Office');
    expect(office.address).to.deep.equal({
      '@type': 'PostalAddress',
      addressLocality: 'Kalukhali, Rajbari',
      addressCountry: 'BD',
    });
    const service = node(jsonLd, '#citizen-5', 'GovernmentService');
    expect(service.name).to.equal('Advice to raise awareness of cyber security');
    expect(service.serviceType).to.equal('Citizen services');
    expect(service.description).to.equal('Official website / telephone / email / in person / on request');
    expect(service.areaServed).to.equal('Kalukhali, Rajbari');
    expect(service.availableChannel).to.have.property('description', 'Immediately / working days (where applicable)');
    const officer = node(jsonLd, '#_officer-milon-hossain', 'ContactPoint');
    expect(officer).to.include({ name: 'Md. Milon Hossain', contactType: 'Assistant Programmer' });
    expect(emptyPaths(jsonLd)).to.deep.equal([]);
  });

  it('falls back to Bangla where a text has no English', async () => {
    const data = await loadData('kalukhali-doict');
    const copy: CharterData = {
      ...structuredClone(data),
      office: { name: 'উপজেলা কার্যালয়', location: { bn: 'কালুখালী' } },
    };
    const office = node(charterJsonLd(charterOf(copy), 'en'), '#_office', 'GovernmentOffice');
    expect(office).to.deep.equal({
      '@type': 'GovernmentOffice',
      '@id': '#_office',
      name: 'উপজেলা কার্যালয়',
      address: { '@type': 'PostalAddress', addressLocality: 'কালুখালী', addressCountry: 'BD' },
    } satisfies GovernmentOffice);
  });

  it('prices one amount in taka, free of charge as 0, and nothing for free with a condition', async () => {
    const jsonLd = await jsonLdOf('magura-dio', 'bn');
    const offers = (id: string) => node(jsonLd, id, 'GovernmentService').offers;
    // প্রতিদিন ৫০০/- (পাঁচশত) টাকা, ট্রেজারি চালানের মাধ্যমে
    expect(offers('#citizen-4')).to.deep.equal({ '@type': 'Offer', price: 500, priceCurrency: 'BDT' });
    // বিনামূল্যে
    expect(offers('#citizen-1')).to.deep.equal({ '@type': 'Offer', price: 0, priceCurrency: 'BDT' });
    // বিনামূল্যে (জ্বালানি খরচ অধিযাচনকারী দপ্তর বহন করবে)
    expect(offers('#citizen-3')).to.equal(undefined);
  });

  it('gives a processing time for calendar days only, and keeps every printed time limit', async () => {
    const jsonLd = await jsonLdOf('magura-dio', 'bn');
    const channel = (id: string) => node(jsonLd, id, 'GovernmentService').availableChannel;
    expect(channel('#citizen-1')).to.deep.equal({
      '@type': 'ServiceChannel',
      description: 'তাৎক্ষণিক',
      processingTime: 'P0D',
      servicePhone: { '@id': '#_officer-abdul-karim' },
    });
    expect(channel('#citizen-2')).to.deep.equal({
      '@type': 'ServiceChannel',
      description: '০৭ (সাত) কার্যদিবস',
      servicePhone: { '@id': '#_officer-sabina-yasmin' },
    });
  });

  it('lists only the officers a service names, each number in E.164', async () => {
    const jsonLd = await jsonLdOf('magura-dio', 'bn');
    const contacts = jsonLd['@graph'].filter((n) => n['@type'] === 'ContactPoint');
    // rafiqul-alam is named only in the grievance table
    expect(contacts.map((n) => n['@id'])).to.deep.equal(['#_officer-abdul-karim', '#_officer-sabina-yasmin']);
    expect(node(jsonLd, '#_officer-sabina-yasmin', 'ContactPoint')).to.deep.equal({
      '@type': 'ContactPoint',
      '@id': '#_officer-sabina-yasmin',
      name: 'মোছাঃ সাবিনা ইয়াসমিন',
      contactType: 'জেলা তথ্য অফিসার',
      telephone: ['+8802477700001', '+8801700000111'],
      email: 'dio.magura@pid.gov.bd',
    } satisfies ContactPoint);
  });

  it('leaves out what a charter lacks: no website, no group heading, no delivery column, no e-mail, no single fee', async () => {
    const jsonLd = await jsonLdOf('amalsar-up', 'bn');
    expect(emptyPaths(jsonLd)).to.deep.equal([]);
    expect(jsonLd['@graph'][0]).to.deep.equal({
      '@type': 'GovernmentOffice',
      '@id': '#_office',
      name: '৪নং আমলসার ইউনিয়ন পরিষদ কার্যালয়',
      address: { '@type': 'PostalAddress', addressLocality: 'শ্রীপুর, মাগুরা।', addressCountry: 'BD' },
    });
    const service = (id: string) => node(jsonLd, id, 'GovernmentService');
    expect(service('#services-4')).to.deep.equal({
      '@type': 'GovernmentService',
      '@id': '#services-4',
      name: 'নাগরিকত্ব সনদ প্রদান',
      // no delivery column: the required documents describe the service
      description: 'জাতীয় পরিচয়পত্র/ জন্ম নিবন্ধন সনদের ফটোকপি',
      provider: { '@id': '#_office' },
      areaServed: 'শ্রীপুর, মাগুরা।',
      offers: { '@type': 'Offer', price: 50, priceCurrency: 'BDT' },
      availableChannel: {
        '@type': 'ServiceChannel',
        description: 'তাৎক্ষণিক',
        processingTime: 'P0D',
        servicePhone: { '@id': '#_officer-udc-entrepreneur' },
      },
    } satisfies GovernmentService);
    // ২০০/- হতে ১,০০০/- টাকা; three amounts by age; free within 45 days, ২৫/- টাকা later
    for (const id of ['#services-5', '#services-1', '#services-2'])
      expect(service(id), id).not.to.have.property('offers');
    // an officer with a designation and no name; no e-mail
    expect(node(jsonLd, '#_officer-udc-entrepreneur', 'ContactPoint')).to.deep.equal({
      '@type': 'ContactPoint',
      '@id': '#_officer-udc-entrepreneur',
      name: 'উদ্যোক্তা',
      contactType: 'উদ্যোক্তা',
      telephone: '+8801600000555',
    });
  });

  it('makes a charter of only the required fields into names and references only', () => {
    const jsonLd = charterJsonLd(
      charterOf({
        formatVersion: 1,
        office: { name: { en: 'Union Parishad' }, website: 'javascript:alert(1)' },
        serviceGroups: [{ id: 'services', services: [{ id: 'services-1', serial: '১', name: 'সনদ' }] }],
      }),
      'bn',
    );
    expect(jsonLd).to.deep.equal({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'GovernmentOffice', '@id': '#_office', name: 'Union Parishad' },
        { '@type': 'GovernmentService', '@id': '#services-1', name: 'সনদ', provider: { '@id': '#_office' } },
      ],
    });
  });

  it('reads a fee the charter did not parse from its printed text, Bangla digits and ৳ included', () => {
    const fees: [printed: string, price: number | undefined][] = [
      ['৳ ৫০', 50],
      ['৳১,২০০', 1200],
      ['৫০ টাকা', 50],
      ['১০০/- (একশত) টাকা', 100],
      ['500/- টাকা', 500],
      ['বিনামূল্যে', 0],
      ['২০০/- হতে ১,০০০/- টাকা', undefined],
      ['৪৫ দিনের মধ্যে বিনামূল্যে, পরে ২৫/- টাকা', undefined],
      ['সরকার নির্ধারিত ফি', undefined],
    ];
    const jsonLd = charterJsonLd(
      charterOf({
        formatVersion: 1,
        office: { name: 'অফিস' },
        serviceGroups: [
          {
            id: 'citizen',
            services: fees.map(([printed], i) => ({
              id: `citizen-${i + 1}`,
              serial: `${i + 1}`,
              name: 'সেবা',
              fee: { text: printed },
            })),
          },
        ],
      }),
      'en',
    );
    const prices = fees.map((_, i) => {
      const offers = node(jsonLd, `#citizen-${i + 1}`, 'GovernmentService').offers;
      return offers && 'price' in offers ? offers.price : undefined;
    });
    expect(prices).to.deep.equal(fees.map(([, price]) => price));
  });

  it('links no website that is not http(s)', async () => {
    const data = structuredClone(await loadData('kalukhali-doict'));
    data.office.website = 'ftp://doict.kalukhali.rajbari.gov.bd';
    expect(charterJsonLd(charterOf(data), 'bn')['@graph'][0]).not.to.have.property('url');
  });
});

describe('JSON-LD script text', () => {
  const hostile = '</script><script>alert(1)</script><!-- \u2028\u2029 & > "quoted" \\';

  it('has no <, >, &, U+2028 or U+2029 left, and parses back to the same value', () => {
    const value = { '@context': 'https://schema.org', '@type': 'GovernmentService', name: hostile };
    const text = jsonInScript(value);
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    expect(text).to.equal(
      '{"@context":"https://schema.org","@type":"GovernmentService","name":' +
        '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u2028\\u2029 \\u0026 \\u003e \\"quoted\\" \\\\"}',
    );
    expect(JSON.parse(text)).to.deep.equal(value);
  });

  it('stays one script element in an HTML page, whose text is the JSON-LD', async () => {
    const data = structuredClone(await loadData('kalukhali-doict'));
    data.serviceGroups[0].services[0].name = hostile;
    const jsonLd = charterJsonLd(charterOf(data), 'bn');
    const html = `<script type="application/ld+json">${jsonInScript(jsonLd)}</script><p>after</p>`;
    const page = new DOMParser().parseFromString(html, 'text/html');
    const scripts = page.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(page.querySelector('p')?.textContent).to.equal('after');
    const parsed = JSON.parse(scripts[0].textContent!) as typeof jsonLd;
    expect(node(parsed, '#citizen-1', 'GovernmentService').name).to.equal(hostile);
    expect(parsed).to.deep.equal(jsonLd);
  });
});
