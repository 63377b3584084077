// Rewrites the configuration table in README.md from src/config/settings.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsMarkdown } from '../src/config/load.js';

const START = '<!-- settings:start -->';
const END = '<!-- settings:end -->';
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs the markers ${START} and ${END} around the settings table.`);
writeFileSync('README.md', `${readme.slice(0, from + START.length)}\n${settingsMarkdown()}\n${readme.slice(to)}`);
