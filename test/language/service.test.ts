import { expect } from 'chai';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createLanguageService } from '../../src/language/index.js';

describe('choosing the language service', () => {
  const logger = createLogger('silent');

  it('works offline when Azure is not configured', () => {
    expect(createLanguageService(loadConfig({}), logger).name).to.equal('offline');
  });

  it('uses Azure when both endpoint and key are set', () => {
    const config = loadConfig({ AZURE_LANGUAGE_ENDPOINT: 'https://example.cognitiveservices.azure.com', AZURE_LANGUAGE_KEY: 'k' });
    expect(createLanguageService(config, logger).name).to.equal('azure');
  });
});
