import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { charterFromText } from '../../src/model/charter.js';
import { validateSchema } from '../../src/model/json-schema.js';
import { charterSchema } from '../../src/generated/charter-schema.js';
import { describeIssue, validateCharter } from '../../src/model/validate.js';
import { CHARTERS, copyOf, loadData } from '../helpers.js';

type Breakage = {
  name: string;
  charter: string;
  breakIt: (c: any) => unknown;
  replaceWith?: unknown;
  expected: string;
};

/** Each broken charter and the one message it must produce: the JSON path and what was expected. */
const BROKEN: Breakage[] = [
  {
    name: 'not an object',
    charter: 'kalukhali-doict',
    breakIt: () => {},
    replaceWith: [],
    expected: '(the charter): expected object, found array',
  },
  {
    name: 'no formatVersion',
    charter: 'kalukhali-doict',
    breakIt: (c) => delete c.formatVersion,
    expected: '(the charter): missing required property "formatVersion"',
  },
  {
    name: 'a future formatVersion',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.formatVersion = 2),
    expected: 'formatVersion: expected 1, found 2',
  },
  {
    name: 'no office',
    charter: 'kalukhali-doict',
    breakIt: (c) => delete c.office,
    expected: '(the charter): missing required property "office"',
  },
  {
    name: 'an office without a name',
    charter: 'kalukhali-doict',
    breakIt: (c) => delete c.office.name,
    expected: 'office: missing required property "name"',
  },
  {
    name: 'serviceGroups not a list',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups = {}),
    expected: 'serviceGroups: expected array, found object',
  },
  {
    name: 'a name that is a number',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[0].services[2].name = 7),
    expected: 'serviceGroups[0].services[2].name: expected text, found number',
  },
  {
    name: 'an empty bilingual name',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[0].services[0].name = {}),
    expected: 'serviceGroups[0].services[0].name: must not be empty',
  },
  {
    name: 'an empty Bangla text',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.vision.bn = ''),
    expected: 'vision.bn: must not be empty',
  },
  {
    // A third language (`fr`, `en-GB`) is a text's key like bn and en; a key that is no language code is not.
    name: 'a text key that is no language code',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.mission.English = 'mission'),
    expected: 'mission: unknown property "English"',
  },
  {
    name: 'an unknown service field',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[1].services[0].price = 5),
    expected: 'serviceGroups[1].services[0]: unknown property "price"',
  },
  {
    name: 'a service without a serial',
    charter: 'kalukhali-doict',
    breakIt: (c) => delete c.serviceGroups[2].services[1].serial,
    expected: 'serviceGroups[2].services[1]: missing required property "serial"',
  },
  {
    name: 'a service id with spaces',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[0].services[4].id = 'Citizen 5'),
    expected: 'serviceGroups[0].services[4].id: not a valid id: "Citizen 5"',
  },
  {
    name: 'an unknown officer',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[1].services[3].officers.officers[0] = 'x'),
    expected: 'serviceGroups[1].services[3].officers.officers[0]: unknown officer "x"',
  },
  {
    name: 'a duplicate service id',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.serviceGroups[1].services[1].id = 'institutional-1'),
    expected:
      'serviceGroups[1].services[1].id: duplicate id "institutional-1", first used at serviceGroups[1].services[0].id',
  },
  {
    name: 'a malformed e-mail',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.officers[0].emails[0] = 'ap.kalukhali at doict'),
    expected: 'officers[0].emails[0]: not a valid email: "ap.kalukhali at doict"',
  },
  {
    name: 'a phone that is not E.164',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.officers[0].phones[0].e164 = '01857270798'),
    expected: 'officers[0].phones[0].e164: not a valid e164: "01857270798"',
  },
  {
    name: 'an officer with neither name nor designation',
    charter: 'kalukhali-doict',
    breakIt: (c) => {
      delete c.officers[0].name;
      delete c.officers[0].designation;
    },
    expected: 'officers[0]: needs at least one of "name", "designation"',
  },
  {
    name: 'a negative fee',
    charter: 'magura-dio',
    breakIt: (c) => (c.serviceGroups[0].services[3].fee.amount = -500),
    expected: 'serviceGroups[0].services[3].fee.amount: must be at least 0, found -500',
  },
  {
    name: 'days written as text',
    charter: 'magura-dio',
    breakIt: (c) => (c.serviceGroups[0].services[1].timeLimit.days = '৭'),
    expected: 'serviceGroups[0].services[1].timeLimit.days: expected number, found string',
  },
  {
    name: 'a date not in YYYY-MM-DD',
    charter: 'magura-dio',
    breakIt: (c) => (c.published.date = '01/07/2026'),
    expected: 'published.date: not a valid date: "01/07/2026"',
  },
  {
    name: 'a grievance level without whom',
    charter: 'magura-dio',
    breakIt: (c) => delete c.grievance.levels[1].whom,
    expected: 'grievance.levels[1]: missing required property "whom"',
  },
  {
    name: 'a grievance website that is a script',
    charter: 'magura-dio',
    breakIt: (c) => (c.grievance.levels[2].address.website = 'javascript:alert(1)'),
    expected: 'grievance.levels[2].address.website: not a valid url: "javascript:alert(1)"',
  },
  {
    name: 'an unknown officer in grievance',
    charter: 'magura-dio',
    breakIt: (c) => (c.grievance.levels[0].address.officers = ['nobody']),
    expected: 'grievance.levels[0].address.officers[0]: unknown officer "nobody"',
  },
  {
    name: 'an unknown senior officer',
    charter: 'amalsar-up',
    breakIt: (c) => (c.serviceGroups[0].services[0].seniorOfficers.officers = ['chairman']),
    expected: 'serviceGroups[0].services[0].seniorOfficers.officers[0]: unknown officer "chairman"',
  },
  {
    name: 'a duplicate officer id',
    charter: 'amalsar-up',
    breakIt: (c) => c.officers.push({ ...c.officers[0] }),
    expected: 'officers[4].id: duplicate id "habibur-rahman", first used at officers[0].id',
  },
  {
    name: 'an expectation without text',
    charter: 'magura-dio',
    breakIt: (c) => delete c.expectations.items[2].text,
    expected: 'expectations.items[2]: missing required property "text"',
  },
  // Keys named like Object.prototype's members are no schema's properties.
  {
    name: 'a key named constructor',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.office.constructor = { x: 1 }),
    expected: 'office: unknown property "constructor"',
  },
  {
    name: 'a key named __proto__',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.office = JSON.parse('{"name": "অফিস", "__proto__": {"x": 1}}')),
    expected: 'office: unknown property "__proto__"',
  },
  {
    name: 'a key named toString in a text',
    charter: 'kalukhali-doict',
    breakIt: (c) => (c.vision = { bn: 'রূপকল্প', toString: 'x' }),
    expected: 'vision: unknown property "toString"',
  },
];

async function broken({ charter, breakIt, replaceWith }: Breakage): Promise<unknown> {
  const data = await copyOf(charter);
  breakIt(data);
  return replaceWith ?? data;
}

describe('charter validation', () => {
  for (const name of CHARTERS)
    it(`accepts data/${name}.json`, async () => {
      const result = validateCharter(await loadData(name));
      expect(result.valid, result.valid ? '' : result.issues.map(describeIssue).join('\n')).to.equal(true);
    });

  for (const breakage of BROKEN)
    it(`rejects ${breakage.name}, naming the path`, async () => {
      const result = validateCharter(await broken(breakage));
      expect(result.valid).to.equal(false);
      if (!result.valid) expect(result.issues.map(describeIssue)).to.deep.equal([breakage.expected]);
    });

  it('reports every problem, not only the first', async () => {
    const data: any = await copyOf('kalukhali-doict');
    data.serviceGroups[0].services[0].name = 1;
    data.serviceGroups[2].services[1].fee.free = 'yes';
    const result = validateCharter(data);
    expect(result.valid ? [] : result.issues.map((issue) => issue.path)).to.deep.equal([
      'serviceGroups[0].services[0].name',
      'serviceGroups[2].services[1].fee.free',
    ]);
  });

  it('agrees with a general JSON Schema 2020-12 validator on every charter in this suite', async () => {
    const published = await (await fetch('/data/charter.schema.json')).json();
    const reference = new Validator(published, '2020-12', false);
    const cases = [...(await Promise.all(CHARTERS.map(loadData))), ...(await Promise.all(BROKEN.map(broken)))];
    for (const data of cases) {
      const ours = validateSchema(charterSchema, data).length === 0;
      expect(ours, JSON.stringify(reference.validate(data).errors[0])).to.equal(reference.validate(data).valid);
    }
  });

  describe('limits that stop a runaway input', () => {
    it('names a value nested deeper than 64 levels, without overflowing the stack', async () => {
      const data: any = await copyOf('kalukhali-doict');
      data.formatVersion = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000));
      const result = validateCharter(data);
      const issues = result.valid ? [] : result.issues;
      expect(issues.map((issue) => issue.kind)).to.deep.equal(['too-deep']);
      expect(issues[0].path).to.equal(`formatVersion${'[0]'.repeat(15)}[…`);
    });

    it('names a text longer than 10,000 characters', async () => {
      const data: any = await copyOf('kalukhali-doict');
      data.vision.bn = 'অ'.repeat(10_001);
      const result = validateCharter(data);
      expect(result.valid ? [] : result.issues).to.deep.equal([
        { path: 'vision.bn', kind: 'too-long', limit: 10_000, found: 10_001 },
      ]);
    });

    it('names more than 20,000 services, and takes 20,000', async () => {
      const data: any = await copyOf('kalukhali-doict');
      const [first] = data.serviceGroups[0].services;
      const services = (count: number) => Array.from({ length: count }, (_, i) => ({ ...first, id: `service-${i}` }));
      data.serviceGroups = [{ ...data.serviceGroups[0], services: services(20_000) }];
      expect(validateCharter(data).valid).to.equal(true);
      data.serviceGroups[0].services = services(20_001);
      const result = validateCharter(data);
      expect(result.valid ? [] : result.issues).to.deep.equal([
        { path: 'serviceGroups', kind: 'too-many-services', limit: 20_000, found: 20_001 },
      ]);
    });

    it('names charter JSON longer than 30,000,000 characters before parsing it', () => {
      const result = charterFromText(`"${'x'.repeat(30_000_000)}"`, 'inline');
      expect(!result.ok && result.error.kind === 'invalid' && result.error.issues).to.deep.equal([
        { path: '', kind: 'too-long', limit: 30_000_000, found: 30_000_002 },
      ]);
    });

    it('echoes at most 60 characters of a bad value', async () => {
      const data: any = await copyOf('kalukhali-doict');
      data.officers[0].emails[0] = 'x'.repeat(5000);
      data.formatVersion = Array.from({ length: 5000 }, (_, i) => i);
      const messages = validateCharter(data).valid
        ? []
        : (validateCharter(data) as { issues: any[] }).issues.map(describeIssue);
      expect(messages).to.deep.equal([
        `formatVersion: expected 1, found [${Array.from({ length: 30 }, (_, i) => i).join(',')}`.slice(
          0,
          'formatVersion: expected 1, found '.length + 59,
        ) + '…',
        `officers[0].emails[0]: not a valid email: "${'x'.repeat(59)}…"`,
      ]);
    });
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = charterFromText('{\n  "formatVersion": 1,\n  "office": }', 'inline');
    expect(result.ok).to.equal(false);
    if (!result.ok && result.error.kind === 'json')
      expect([result.error.line, result.error.column]).to.deep.equal([3, 13]);
    else expect.fail('expected a JSON error');
  });

  it('finds the position of a syntax error whatever the engine says', () => {
    for (const [text, line, column] of [
      ['{"a": tru}', 1, 10],
      ['{"a": 1,}', 1, 9],
      ['[1, 2', 1, 6],
      ['{\n"a": "x"\n"b": 2}', 3, 1],
    ] as const) {
      const result = charterFromText(text, 'inline');
      expect(
        !result.ok && result.error.kind === 'json' && [result.error.line, result.error.column],
        text,
      ).to.deep.equal([line, column]);
    }
  });

  it('reports an empty file as a JSON error at its end', () => {
    const result = charterFromText('', 'inline');
    expect(!result.ok && result.error.kind).to.equal('json');
  });
});
