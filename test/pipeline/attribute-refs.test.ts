// The compact columns a day keeps its false positives and waiting attributes in give back exactly
// what they were given, odd ids, UUIDs and values included.
import { describe, expect, it } from 'vitest';
import { AttributeRefs, StringColumn, type EventRef } from '../../src/pipeline/attribute-refs.js';

describe('AttributeRefs and StringColumn', () => {
  it('round-trip every row, through growth, whatever the id, UUID or value looks like', () => {
    const events: EventRef[] = [
      { id: '10', uuid: null, organizationId: 1, creator: '7' },
      { id: '11', uuid: '5f1c2d3e-0000-4000-8000-00000000000b', organizationId: 2, creator: '8' },
    ];
    const ids = ['1', '2147483648', '9007199254740993', '007', '-3', 'abc', '1e3', ''];
    const uuids = ['0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9', '{0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9}', 'not-a-uuid', ''];
    const values = ['example.com', '', 'ünïcödé.example', '日本語|198.51.100.1', '\ud83d\ude00 emoji', 'lone \ud800 surrogate', 'x'.repeat(100_000)];
    const refs = new AttributeRefs();
    const column = new StringColumn();
    const expected: { event: EventRef; id: string; uuid: string; value: string }[] = [];
    for (let i = 0; i < 5000; i++) {
      const row = {
        event: events[i % 2]!,
        id: i < ids.length ? ids[i]! : String(i * 7919),
        uuid: i < uuids.length ? uuids[i]! : `${((i * 2654435761) % 2 ** 32).toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`,
        value: values[i % values.length]! + (i % 3 === 0 ? '' : String(i)),
      };
      expect(refs.push(row.event, row.id, row.uuid)).toBe(i);
      column.push(row.value);
      expected.push(row);
    }
    expect(refs.length).toBe(expected.length);
    expect(column.length).toBe(expected.length);
    expected.forEach((row, i) => {
      expect(refs.eventOf(i)).toBe(row.event);
      expect(refs.attributeId(i)).toBe(row.id);
      expect(refs.attributeUuid(i)).toBe(row.uuid);
      expect(column.get(i)).toBe(row.value);
    });
  });
});
