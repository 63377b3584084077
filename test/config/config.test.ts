import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, settingsMarkdown } from '../../src/config/load.js';
import { DEFAULT_SKIPPED_TYPES } from '../../src/config/settings.js';
import { curationActions } from '../../src/pipeline/curation-actions.js';

describe('configuration', () => {
  it("has the original tool's defaults", () => {
    const config = loadConfig({});
    expect(config.warninglistFilters).toEqual(['osint', 'google', '1000', 'microsoft', 'amazon', 'cloudflare']);
    expect(config.warninglistMaxEntries).toBe(4000);
    expect(config.skippedTypes).toEqual(DEFAULT_SKIPPED_TYPES);
    expect(config.maxAttributesPerEvent).toBe(5000);
    expect(config.schedule).toBe('0 0 * * *');
    expect(config.timeZone).toBe('UTC');
    expect(config.curationAction).toBe('soft-delete');
    expect(config.dryRun).toBe(false);
    expect(config.httpHost).toBe('127.0.0.1');
  });

  it('parses lists, numbers and booleans', () => {
    const config = loadConfig({ WARNINGLIST_FILTERS: ' a, b ,,c', HTTP_PORT: '8080', DRY_RUN: 'yes', MISP_URL: 'https://misp.example/', MISP_KEY: 'k' });
    expect(config.warninglistFilters).toEqual(['a', 'b', 'c']);
    expect(config.httpPort).toBe(8080);
    expect(config.dryRun).toBe(true);
    expect(config.mispUrl).toBe('https://misp.example');
  });

  it.each([
    ['HTTP_PORT', '70000'],
    ['HTTP_PORT', 'abc'],
    ['DRY_RUN', 'maybe'],
    ['TIME_ZONE', 'Mars/Olympus'],
    ['CURATION_ACTION', 'nuke'],
    ['CURATION_MAX_RATIO', '1.5'],
    ['CURATION_ACTIONS', 'sighting,nuke'],
    ['CURATION_ACTIONS', 'sighting,sighting'],
    ['CURATION_ACTIONS', 'report-only,soft-delete'],
    ['SIGHTING_SOURCE', '  '],
    ['MISP_URL', 'misp.example'],
  ])('names %s=%s and the fix', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=.*Fix the variable`));
  });

  it('turns CURATION_ACTION / CURATION_ACTIONS into the actions in the order MISP must see them', () => {
    const actions = (env: Record<string, string>) => curationActions(loadConfig(env));
    expect(actions({})).toEqual(['SOFT_DELETE']);
    expect(actions({ CURATION_ACTION: 'sighting' })).toEqual(['SIGHTING']);
    expect(actions({ CURATION_ACTION: 'sighting', CURATION_ACTIONS: ' Soft-Delete , sighting' })).toEqual(['SIGHTING', 'SOFT_DELETE']);
    expect(actions({ CURATION_ACTIONS: 'soft-delete,tag,disable-ids,sighting' })).toEqual(['SIGHTING', 'TAG', 'DISABLE_IDS', 'SOFT_DELETE']);
    expect(actions({ CURATION_ACTIONS: 'report-only' })).toEqual(['REPORT_ONLY']);
    expect(loadConfig({}).sightingSource).toBe('misp-topcontrib');
    expect(loadConfig({ SIGHTING_SOURCE: ' csirt-x ' }).sightingSource).toBe('csirt-x');
  });

  it('reports every bad value at once', () => {
    try {
      loadConfig({ HTTP_PORT: 'x', DRY_RUN: 'x' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('asks for the MISP key when a MISP URL is set', () => {
    expect(() => loadConfig({ MISP_URL: 'https://misp.example' })).toThrow(/MISP_KEY is empty/);
  });

  it('never shows secrets', () => {
    const config = loadConfig({ MISP_URL: 'https://misp.example', MISP_KEY: 'supersecretkey', OPENTIP_KEY: 'othersecret' });
    const shown = JSON.stringify(describeConfig(config));
    expect(shown).not.toContain('supersecretkey');
    expect(shown).not.toContain('othersecret');
    expect(shown).toContain('(set)');
  });

  it('is documented in the README exactly as the code defines it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(settingsMarkdown());
  });
});
