import type { WarninglistDefinition, WarninglistType } from '../../src/warninglists/index.js';

export function list(id: string, type: WarninglistType, entries: string[], matchingAttributes: string[] = ['ALL']): WarninglistDefinition {
  return { id, name: `${id} list`, type, version: 1, enabled: true, matchingAttributes, entries };
}
