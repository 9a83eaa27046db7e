import { expect } from 'chai';
import { validateEmail, validatePhone } from '../../src/handover/contact.js';
import { newReference, normalizeReference } from '../../src/handover/reference.js';

describe('reading a phone number a resident typed', () => {
  const accepted: [string, string][] = [
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['0612345678', '+31612345678'],
    ['06 12 34 56 78', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31612345678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['  06-12345678  ', '+31612345678'],
    ['020-1234567', '+31201234567'],
    ['020 123 4567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['0715123456', '+31715123456'],
    ['071-5123456', '+31715123456'],
    ['+31 71 512 3456', '+31715123456'],
    ['088-0767000', '+31880767000'],
  ];
  for (const [typed, normalized] of accepted) {
    it(`accepts "${typed}" as ${normalized}`, () => expect(validatePhone(typed)).to.equal(normalized));
  }

  const refused = [
    '', 'nee', 'bel me maar', '06-1234567', '06-123456789', '612345678', '+32 470 12 34 56', '+31 06 12345678x',
    '0000000000', '00316123456789', '06-1234-567a', '112', '+31 0 612345678',
  ];
  for (const typed of refused) {
    it(`refuses "${typed}"`, () => expect(validatePhone(typed)).to.equal(undefined));
  }
});

describe('reading an e-mail address a resident typed', () => {
  const accepted: [string, string][] = [
    ['ans@example.nl', 'ans@example.nl'],
    ['  Ans.de.Vries@Example.NL ', 'ans.de.vries@example.nl'],
    ['mailto:ans@example.nl', 'ans@example.nl'],
    ['ans+welzijn@mail.example.com', 'ans+welzijn@mail.example.com'],
  ];
  for (const [typed, normalized] of accepted) {
    it(`accepts "${typed}" as ${normalized}`, () => expect(validateEmail(typed)).to.equal(normalized));
  }
  const refused = ['', 'ans', 'ans@', '@example.nl', 'ans@example', 'ans @example.nl', 'ans@@example.nl', 'ans@exa mple.nl', `${'a'.repeat(250)}@example.nl`];
  for (const typed of refused) {
    it(`refuses "${typed}"`, () => expect(validateEmail(typed)).to.equal(undefined));
  }
});

describe('request references', () => {
  it('are short and never contain letters and digits that look alike', () => {
    for (let i = 0; i < 500; i++) {
      const reference = newReference();
      expect(reference).to.match(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    }
  });

  it('are read back however the resident types them', () => {
    expect(normalizeReference('k7p 42q')).to.equal('K7P-42Q');
    expect(normalizeReference('K7P42Q')).to.equal('K7P-42Q');
    expect(normalizeReference(' K7P-42Q ')).to.equal('K7P-42Q');
    expect(normalizeReference('K7P-42')).to.equal(undefined);
    expect(normalizeReference('K0P-42Q')).to.equal(undefined);
  });
});
