import { expect } from '@open-wc/testing';
import { withTextPart } from '../../src/publish/edit.js';

describe('editing one language of a text', () => {
  it('keeps the languages it does not edit, a third one included', () => {
    expect(withTextPart({ bn: 'সেবা', en: 'Service', hi: 'सेवा' }, 'en', 'A service', true)).to.deep.equal({
      bn: 'সেবা',
      en: 'A service',
      hi: 'सेवा',
    });
    expect(withTextPart('সেবা', 'en', 'Service', true)).to.deep.equal({ bn: 'সেবা', en: 'Service' });
  });

  it('writes Bangla alone as a plain string, and nothing as no text or an empty one', () => {
    expect(withTextPart({ bn: 'সেবা', en: 'Service' }, 'en', '', true)).to.equal('সেবা');
    expect(withTextPart({ en: 'Service' }, 'bn', 'সেবা', true)).to.deep.equal({ en: 'Service', bn: 'সেবা' });
    expect(withTextPart('সেবা', 'bn', '', false)).to.equal(undefined);
    expect(withTextPart('সেবা', 'bn', '', true)).to.equal('');
  });
});
