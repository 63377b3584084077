/** Answers shaped like OpenTIP's documented samples (docs/misp-and-opentip.md §7), one per kind. */
import type { LookupKind } from '../provider.js';
import { unitHash, type Zone } from './zones.js';

const CATEGORY: Readonly<Record<Zone, string | null>> = {
  Red: 'CATEGORY_MALWARE',
  Orange: 'CATEGORY_BOTNET_CNC',
  Yellow: 'CATEGORY_ADWARE',
  Grey: null,
  Green: null,
};

const FILE_STATUS: Readonly<Record<Zone, string>> = {
  Red: 'Malware',
  Orange: 'Malware',
  Yellow: 'Adware and other',
  Grey: 'Not categorized',
  Green: 'No threats detected',
};

export function searchBody(kind: LookupKind, value: string, zone: Zone): Record<string, unknown> {
  const hits = Math.floor(unitHash(`hits:${value}`) * 10_000);
  const category = CATEGORY[zone];
  const categories = category ? [category] : [];
  const categoriesWithZone = categories.map((name) => ({ Name: name, Zone: zone }));
  switch (kind) {
    case 'ip':
      return {
        Zone: zone,
        IpGeneralInfo: {
          Status: zone === 'Grey' ? 'NoInfo' : 'known',
          CountryCode: 'ZZ',
          Ip: value,
          HitsCount: hits,
          Categories: categories,
          CategoriesWithZone: categoriesWithZone,
        },
        IpWhoIs: { Net: { Name: 'SIMULATED-NET' } },
      };
    case 'domain':
      return {
        Zone: zone,
        DomainGeneralInfo: {
          Domain: value,
          Categories: categories,
          CategoriesWithZone: categoriesWithZone,
          FilesCount: 0,
          UrlsCount: hits % 10,
          HitsCount: hits,
          Ipv4Count: 1,
        },
        DomainWhoIsInfo: { DomainName: value },
      };
    case 'url': {
      const bare = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
      return {
        Zone: zone,
        UrlGeneralInfo: {
          Url: bare,
          Host: bare.split(/[/?#]/)[0],
          Categories: categories,
          CategoriesWithZone: categoriesWithZone,
        },
        UrlDomainWhoIs: {},
      };
    }
    case 'hash':
      return {
        Zone: zone,
        FileGeneralInfo: {
          FileStatus: FILE_STATUS[zone],
          [value.length === 32 ? 'Md5' : value.length === 40 ? 'Sha1' : 'Sha256']: value.toUpperCase(),
          Size: hits * 100,
          Type: 'pe.32',
          HitsCount: hits,
        },
        DetectionsInfo: zone === 'Red' || zone === 'Yellow' ? [{ DetectionName: `Sim.${zone}.Generic`, Zone: zone }] : [],
      };
  }
}
