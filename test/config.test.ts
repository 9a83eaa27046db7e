import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts on the values of .env.example (the embedded defaults)', () => {
    const config = loadConfig(parse(readFileSync('.env.example')));
    expect(config.PORT).to.equal(3978);
    expect(config.DATABASE_URL).to.equal(undefined);
    expect(config.LOCAL_DIRECT_LINE).to.equal(true);
    expect(config.PRIVACY_URL).to.equal('http://localhost:3978/privacy');
    expect(config.HANDOVER_ORGANISATION).to.equal('Welzijn Lindeveen');
  });

  it('stops with a message that names each wrong variable and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', BRAND_PRIMARY_COLOR: 'blue', DEFAULT_LOCALE: 'de' }))
      .to.throw(ConfigError)
      .with.property('message')
      .that.matches(/PORT: expected a whole number/)
      .and.matches(/DATABASE_URL: expected a postgres:\/\/ connection URL/)
      .and.matches(/BRAND_PRIMARY_COLOR: expected a colour like #1f5f8b/)
      .and.matches(/DEFAULT_LOCALE: expected one of nl, en/);
  });

  it('refuses production without the Azure ids, because /api/messages would be open to anyone', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }))
      .to.throw(/MicrosoftAppId: is required in production, because \/api\/messages is otherwise open to anyone/)
      .and.to.match(/HUISARTSENPOST_PHONE/);
  });

  it('accepts a complete production configuration, with the local Direct Line off', () => {
    const config = loadConfig({
      NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', BOT_PUBLIC_URL: 'https://bot.lindeveen.nl/',
      URL_SECRET: 'x'.repeat(40), HUISARTSENPOST_PHONE: '088-1234567',
    });
    expect(config.LOCAL_DIRECT_LINE).to.equal(false);
    expect(config.BOT_PUBLIC_URL).to.equal('https://bot.lindeveen.nl');
  });

  it('wants both Azure Language settings or neither', () => {
    expect(() => loadConfig({ AZURE_LANGUAGE_ENDPOINT: 'https://x.cognitiveservices.azure.com' })).to.throw(/AZURE_LANGUAGE_KEY/);
  });

  it('wants both Content Safety settings or neither, and severities the service can give', () => {
    expect(() => loadConfig({ AZURE_CONTENT_SAFETY_KEY: 'k' })).to.throw(/AZURE_CONTENT_SAFETY_ENDPOINT/);
    expect(() => loadConfig({ AZURE_CONTENT_SAFETY_SELF_HARM_SEVERITY: '9' })).to.throw(/AZURE_CONTENT_SAFETY_SELF_HARM_SEVERITY: expected a whole number of at most 7/);
    const config = loadConfig({ AZURE_CONTENT_SAFETY_ENDPOINT: 'https://x.cognitiveservices.azure.com', AZURE_CONTENT_SAFETY_KEY: 'k' });
    expect(config.AZURE_CONTENT_SAFETY_TIMEOUT_MS).to.equal(1000);
    expect(config.AZURE_CONTENT_SAFETY_SELF_HARM_SEVERITY).to.equal(2);
    expect(config.AZURE_CONTENT_SAFETY_VIOLENCE_SEVERITY).to.equal(4);
  });
});
