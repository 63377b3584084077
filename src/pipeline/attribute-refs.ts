// Which MISP attribute a kept row is about, stored in columns rather than one object per attribute:
// a day may keep hundreds of thousands of them (false positives, attributes waiting for a lookup).
// The columns are typed arrays, outside V8's heap: V8 lets its heap grow to a multiple of what is
// live in it before collecting (about 3.5x at the default heap limit of a large machine), so every
// MB kept live on the heap costs several MB of RSS, while a MB in a typed array costs one. The ids
// are stored as numbers, the UUIDs as 16 bytes and values as UTF-8 whenever they round-trip
// exactly; anything else is kept as given.

/** What a day's attributes share with the other attributes of their event (one per event). */
export interface EventRef {
  id: string;
  uuid: string | null;
  organizationId: number;
  /** `orgc_id`: the author organisation. */
  creator: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A growable column of numbers. */
export class NumberColumn<T extends Int32Array | Float64Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Strings as UTF-8 in one growable buffer; one that UTF-8 cannot hold exactly (a lone surrogate) is kept as is. */
export class StringColumn {
  private bytes = Buffer.alloc(64 * 1024);
  private used = 0;
  /** Start of each string in `bytes`; the end is the next one's start. */
  private readonly start = new NumberColumn((n) => new Float64Array(n));
  private readonly odd = new Map<number, string>();

  get length(): number {
    return this.start.length;
  }

  push(value: string): void {
    const row = this.start.length;
    this.start.push(this.used);
    if (LONE_SURROGATE.test(value)) {
      this.odd.set(row, value);
      return;
    }
    const need = Buffer.byteLength(value, 'utf8');
    if (this.used + need > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(value, this.used, 'utf8');
  }

  get(row: number): string {
    const odd = this.odd.get(row);
    if (odd !== undefined) return odd;
    const end = row + 1 < this.start.length ? this.start.get(row + 1) : this.used;
    return this.bytes.toString('utf8', this.start.get(row), end);
  }
}

export class AttributeRefs {
  private readonly events: EventRef[] = [];
  private readonly eventIndex = new Map<EventRef, number>();
  private readonly event = new NumberColumn((n) => new Int32Array(n));
  /** The id as a number, or NaN with the string in `oddIds`. */
  private readonly id = new NumberColumn((n) => new Float64Array(n));
  private readonly oddIds = new Map<number, string>();
  /** 16 bytes per row; a row whose UUID is not canonical lower-case has it in `oddUuids`. */
  private uuid = new Uint8Array(16 * 1024);
  private readonly oddUuids = new Map<number, string>();

  get length(): number {
    return this.event.length;
  }

  /** Appends a row; returns its index. */
  push(event: EventRef, attributeId: string, attributeUuid: string): number {
    const row = this.event.length;
    let e = this.eventIndex.get(event);
    if (e === undefined) {
      e = this.events.push(event) - 1;
      this.eventIndex.set(event, e);
    }
    this.event.push(e);
    const id = Number(attributeId);
    if (Number.isSafeInteger(id) && String(id) === attributeId) this.id.push(id);
    else {
      this.id.push(Number.NaN);
      this.oddIds.set(row, attributeId);
    }
    if (this.uuid.length < 16 * (row + 1)) {
      const grown = new Uint8Array(this.uuid.length * 2);
      grown.set(this.uuid);
      this.uuid = grown;
    }
    if (UUID.test(attributeUuid)) {
      const hex = attributeUuid.replaceAll('-', '');
      for (let b = 0; b < 16; b++) this.uuid[16 * row + b] = Number.parseInt(hex.slice(2 * b, 2 * b + 2), 16);
    } else {
      this.oddUuids.set(row, attributeUuid);
    }
    return row;
  }

  eventOf(row: number): EventRef {
    return this.events[this.event.get(row)]!;
  }

  attributeId(row: number): string {
    const id = this.id.get(row);
    return Number.isNaN(id) ? this.oddIds.get(row)! : String(id);
  }

  attributeUuid(row: number): string {
    const odd = this.oddUuids.get(row);
    if (odd !== undefined) return odd;
    let hex = '';
    for (let b = 0; b < 16; b++) hex += HEX[this.uuid[16 * row + b]!];
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
