import { expect } from '@open-wc/testing';
import { firstServicesJson, previewOf } from '../../src/model/preview.js';
import { copyOf } from '../helpers.js';

describe('firstServicesJson: the start of a charter text, cut after its first services and closed', () => {
  const text = JSON.stringify(
    {
      id: 'x',
      office: { name: 'a "quoted" name, with [brackets] and {braces} \\', note: ['}', ']'] },
      serviceGroups: [
        { id: 'g1', heading: 'one', services: [{ id: 'a', tags: [{}, []] }, { id: 'b' }] },
        { id: 'g2', services: [{ id: 'c', name: '"}]' }, { id: 'd' }] },
      ],
      expectations: [{ id: 'after' }],
    },
    null,
    2,
  );

  it('counts services across groups, whatever the strings and the spacing hold', () => {
    expect(JSON.parse(firstServicesJson(text, 3)!)).to.deep.equal({
      id: 'x',
      office: { name: 'a "quoted" name, with [brackets] and {braces} \\', note: ['}', ']'] },
      serviceGroups: [
        { id: 'g1', heading: 'one', services: [{ id: 'a', tags: [{}, []] }, { id: 'b' }] },
        { id: 'g2', services: [{ id: 'c', name: '"}]' }] },
      ],
    });
    expect(JSON.parse(firstServicesJson(text, 1)!).serviceGroups).to.deep.equal([
      { id: 'g1', heading: 'one', services: [{ id: 'a', tags: [{}, []] }] },
    ]);
  });

  it('is undefined while the text has fewer services, or none where a charter has them', () => {
    expect(firstServicesJson(text, 5)).to.equal(undefined);
    expect(firstServicesJson(text.slice(0, text.indexOf('"c"')), 3)).to.equal(undefined);
    expect(firstServicesJson('{"services": [{}, {}], "groups": [{"services": [{}]}]}', 1)).to.equal(undefined);
    expect(firstServicesJson('[{"serviceGroups": [{"services": [{}]}]}]', 1)).to.equal(undefined);
    expect(firstServicesJson('{"serviceGroups": [{"services": [{"name": "unfinished', 1)).to.equal(undefined);
  });
});

describe('previewOf: a large charter’s first 30 services, validated', () => {
  async function charterText(size: number): Promise<string> {
    const data = await copyOf('kalukhali-doict');
    const services = data.serviceGroups.flatMap((group) => group.services);
    data.serviceGroups = [
      {
        ...data.serviceGroups[0],
        services: Array.from({ length: size }, (_, i) => ({ ...services[i % 19], id: `s-${i}` })),
      },
    ];
    return JSON.stringify(data);
  }

  it('has the office, the officers and the first 30 services from the first part of the text alone', async () => {
    const text = await charterText(200);
    const preview = previewOf(text.slice(0, text.indexOf('"s-31"')))!;
    expect(preview.services.map(({ service }) => service.id)).to.deep.equal(
      Array.from({ length: 30 }, (_, i) => `s-${i}`),
    );
    expect([...preview.officers.keys()]).to.deep.equal(['milon-hossain']);
    expect(preview.data.office.name).to.deep.equal({ bn: 'উপজেলা কার্যালয়', en: 'Upazila Office' });
  });

  it('is undefined before the 30th service has come, or when the first services are not valid', async () => {
    const text = await charterText(200);
    expect(previewOf(text.slice(0, text.indexOf('"s-29"')))).to.equal(undefined);
    expect(previewOf(text.replace('"s-3"', '"not an id!"'))).to.equal(undefined);
  });
});
