import { expect } from 'chai';
import { createOfflineLanguage } from '../../src/language/offline.js';

const language = createOfflineLanguage();

/** [input, expected text, expected categories] */
type Case = [string, string, string[]];

function check(cases: Case[]): void {
  for (const [input, text, categories] of cases) {
    it(`"${input}" -> "${text}"`, async () => {
      expect(await language.redact(input, 'nl')).to.deep.equal({ text, categories });
    });
  }
}

describe('offline redaction of personal data', () => {
  describe('e-mail addresses', () =>
    check([
      ['mail me op jan.de.vries@example.nl graag', 'mail me op [e-mail] graag', ['email']],
      ['A.Bakker+zorg@gemeente-lindeveen.nl', '[e-mail]', ['email']],
      ['ik heb geen @ in mijn tekst', 'ik heb geen @ in mijn tekst', []],
    ]));

  describe('phone numbers', () =>
    check([
      ['bel 06-12345678', 'bel [telefoon]', ['phone']],
      ['06 1234 5678', '[telefoon]', ['phone']],
      ['+31 6 12345678', '[telefoon]', ['phone']],
      ['0031612345678', '[telefoon]', ['phone']],
      ['020-1234567', '[telefoon]', ['phone']],
      ['071 512 3456', '[telefoon]', ['phone']],
      ['(020) 123 45 67', '[telefoon]', ['phone']],
      ['ik slaap 8 uur en loop 5000 stappen', 'ik slaap 8 uur en loop 5000 stappen', []],
    ]));

  describe('postcodes', () =>
    check([
      ['1234 AB Lindeveen', '[postcode] Lindeveen', ['postcode']],
      ['1234AB', '[postcode]', ['postcode']],
      ['postcode 1234ab', 'postcode [postcode]', ['postcode']],
      ['ik liep 2000 km en nam 1500mg', 'ik liep 2000 km en nam 1500mg', []],
    ]));

  describe('IBANs (only with a valid mod-97 check)', () =>
    check([
      ['NL91ABNA0417164300', '[iban]', ['iban']],
      ['rekening NL91 ABNA 0417 1643 00 graag', 'rekening [iban] graag', ['iban']],
      ['nl91abna0417164300', '[iban]', ['iban']],
      ['NL91ABNA0417164301', 'NL91ABNA0417164301', []],
    ]));

  describe('BSNs (only nine digits that pass the 11-check)', () =>
    check([
      ['mijn bsn is 111222333', 'mijn bsn is [bsn]', ['bsn']],
      ['123 456 782', '[bsn]', ['bsn']],
      ['123456789', '123456789', []],
    ]));

  describe('dates of birth', () =>
    check([
      ['geboren 12-03-1950', 'geboren [datum]', ['birthdate']],
      ['12/3/1950', '[datum]', ['birthdate']],
      ['12 maart 1950', '[datum]', ['birthdate']],
      ['1950-03-12', '[datum]', ['birthdate']],
      ['March 12, 1950', '[datum]', ['birthdate']],
      ['op 12 maart ga ik zwemmen', 'op 12 maart ga ik zwemmen', []],
    ]));

  describe('street and house number', () =>
    check([
      ['Dorpsstraat 12', '[adres]', ['address']],
      ['Lange Voorhout 3a', '[adres]', ['address']],
      ['Kerkweg 7-2', '[adres]', ['address']],
      ['ik woon op de Molenlaan 14', 'ik woon op de [adres]', ['address']],
      ['ik woon op de lange voorhout 3a', 'ik woon op de [adres]', ['address']],
      ['12 Baker Street', '[adres]', ['address']],
      ['ik woon al 12 jaar hier', 'ik woon al 12 jaar hier', []],
      ['ik ben onderweg 2 uur', 'ik ben onderweg 2 uur', []],
      ['ik fiets op het fietspad 3 keer per week', 'ik fiets op het fietspad 3 keer per week', []],
    ]));

  describe('ordinary numbers stay', () =>
    check([
      ['7', '7', []],
      ['7,5', '7,5', []],
      ['ik ben 70 jaar', 'ik ben 70 jaar', []],
      ['ik geef het een 8 van de 10', 'ik geef het een 8 van de 10', []],
      ['score 0 tot 10', 'score 0 tot 10', []],
    ]));

  it('redacts several kinds in one message and lists each kind once', async () => {
    const result = await language.redact('Dorpsstraat 12, 1234 AB Lindeveen, bel 0612345678 of 0687654321', 'nl');
    expect(result).to.deep.equal({ text: '[adres], [postcode] Lindeveen, bel [telefoon] of [telefoon]', categories: ['phone', 'postcode', 'address'] });
  });

  it('uses English placeholders when the resident chats in English', async () => {
    const result = await language.redact('call 06-12345678 or mail a@b.nl, I live at Dorpsstraat 12', 'en');
    expect(result.text).to.equal('call [phone] or mail [email], I live at [address]');
  });
});
