import { WARNINGLIST_TYPES, type WarninglistDefinition, type WarninglistType } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWarninglistType(value: unknown): value is WarninglistType {
  return typeof value === 'string' && (WARNINGLIST_TYPES as readonly string[]).includes(value);
}

/** `matching_attributes` as MISP stores it: no types means every type. */
export function matchingAttributesOrAll(types: readonly string[]): string[] {
  return types.length === 0 ? ['ALL'] : [...types];
}

/**
 * Reads one `list.json` body the way MISP imports it (`Warninglist::update`): a missing version is
 * 1, a missing type is `string`, an array type keeps its first element, empty entries (PHP's
 * `empty()`: `""` and `"0"`) are dropped, and `list` may map entries to comments.
 */
export function parseListJson(id: string, body: unknown, source: string): WarninglistDefinition {
  if (!isRecord(body)) throw new Error(`${source}: a warninglist must be a JSON object`);
  const { name, description, version, matching_attributes: types, list } = body;
  const type = Array.isArray(body.type) ? (body.type[0] as unknown) : (body.type ?? 'string');
  if (typeof name !== 'string' || name === '') throw new Error(`${source}: the list has no name`);
  if (!isWarninglistType(type)) throw new Error(`${source}: unknown list type ${JSON.stringify(type)}`);
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version))) {
    throw new Error(`${source}: version must be an integer`);
  }
  const rawEntries = Array.isArray(list) ? list : isRecord(list) ? Object.keys(list) : null;
  if (rawEntries === null) throw new Error(`${source}: "list" must be an array of entries`);
  const entries: string[] = [];
  for (const entry of rawEntries) {
    if (typeof entry !== 'string') throw new Error(`${source}: every entry must be a string`);
    if (entry !== '' && entry !== '0') entries.push(entry);
  }
  if (types !== undefined && (!Array.isArray(types) || types.some((t) => typeof t !== 'string'))) {
    throw new Error(`${source}: matching_attributes must be an array of attribute types`);
  }
  return {
    id,
    name,
    type,
    version: version ?? 1,
    ...(typeof description === 'string' ? { description } : {}),
    enabled: true,
    matchingAttributes: matchingAttributesOrAll((types as string[] | undefined) ?? []),
    entries,
  };
}
