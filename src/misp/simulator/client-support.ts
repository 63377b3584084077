/**
 * What MISP's reference Python client (PyMISP) asks for when it connects, answered as MISP 2.5
 * does: `GET /servers/getPyMISPVersion.json`, `GET /users/view/me.json` (User, Role, UserSetting,
 * Organisation) and `GET /attributes/describeTypes.json` (`{"result": {...}}`), so other tools can
 * use the simulator as a MISP test double.
 */
import { ROLES, type Dataset, type SimUser } from './dataset.js';

/** The PyMISP release MISP 2.5.1 recommends (`ServersController::getPyMISPVersion`). */
export const PYMISP_VERSION = '2.5.1';

/**
 * The attribute types the simulator serves and the metadata types the service skips, with MISP's
 * default category and `to_ids` for each (`MispAttribute::generateTypeDefinitions`). A subset of
 * MISP's ~190 types: enough for a client to build and validate the attributes it meets here.
 */
const TYPES: Array<[type: string, category: string, toIds: 0 | 1]> = [
  ['md5', 'Payload delivery', 1],
  ['sha1', 'Payload delivery', 1],
  ['sha256', 'Payload delivery', 1],
  ['filename', 'Payload delivery', 1],
  ['filename|md5', 'Payload delivery', 1],
  ['email-src', 'Payload delivery', 1],
  ['ip-src', 'Network activity', 1],
  ['ip-dst', 'Network activity', 1],
  ['ip-dst|port', 'Network activity', 1],
  ['hostname', 'Network activity', 1],
  ['domain', 'Network activity', 1],
  ['domain|ip', 'Network activity', 1],
  ['url', 'Network activity', 1],
  ['port', 'Network activity', 0],
  ['attachment', 'External analysis', 0],
  ['cpe', 'External analysis', 0],
  ['phone-number', 'Person', 0],
  ['pgp-public-key', 'Person', 0],
  ['pgp-private-key', 'Person', 0],
  ['comment', 'Other', 0],
  ['text', 'Other', 0],
  ['other', 'Other', 0],
  ['datetime', 'Other', 0],
  ['size-in-bytes', 'Other', 0],
  ['counter', 'Other', 0],
  ['integer', 'Other', 0],
  ['float', 'Other', 0],
  ['hex', 'Other', 0],
  ['boolean', 'Other', 0],
  ['anonymised', 'Other', 0],
];

/** MISP's categories, each with the types above it allows (`MispAttribute::generateCategoryDefinitions`). */
const CATEGORIES: Record<string, string[]> = {
  'Internal reference': ['text', 'comment', 'other', 'hex', 'anonymised'],
  'Payload delivery': ['md5', 'sha1', 'sha256', 'filename', 'filename|md5', 'ip-src', 'ip-dst', 'hostname', 'domain', 'email-src', 'url', 'comment', 'text', 'other', 'hex', 'anonymised'],
  'Artifacts dropped': ['md5', 'sha1', 'sha256', 'filename', 'filename|md5', 'comment', 'text', 'other', 'hex', 'anonymised'],
  'Network activity': ['ip-src', 'ip-dst', 'ip-dst|port', 'port', 'hostname', 'domain', 'domain|ip', 'email-src', 'url', 'comment', 'text', 'other', 'hex', 'anonymised'],
  'External analysis': [
    'md5',
    'sha1',
    'sha256',
    'filename',
    'filename|md5',
    'ip-src',
    'ip-dst',
    'ip-dst|port',
    'hostname',
    'domain',
    'domain|ip',
    'url',
    'attachment',
    'cpe',
    'comment',
    'text',
    'other',
    'hex',
    'anonymised',
  ],
  Person: ['phone-number', 'pgp-public-key', 'pgp-private-key', 'comment', 'text', 'other', 'anonymised'],
  Other: ['comment', 'text', 'other', 'size-in-bytes', 'counter', 'integer', 'datetime', 'cpe', 'port', 'float', 'hex', 'phone-number', 'boolean', 'anonymised', 'pgp-public-key', 'pgp-private-key'],
};

export function describeTypes() {
  return {
    result: {
      sane_defaults: Object.fromEntries(TYPES.map(([type, category, toIds]) => [type, { default_category: category, to_ids: toIds }])),
      types: TYPES.map(([type]) => type),
      categories: Object.keys(CATEGORIES),
      category_type_mappings: CATEGORIES,
    },
  };
}

/** `GET /users/view/me`: the key's own user, with secrets masked as MISP masks them. */
export function viewMe(dataset: Dataset, user: SimUser) {
  const org = dataset.orgs.get(user.orgId)!;
  const role = ROLES.find((r) => r.id === user.roleId)!;
  const readOnly = role.name === 'Read Only';
  return {
    User: {
      id: String(user.id),
      org_id: String(user.orgId),
      email: user.email,
      autoalert: false,
      invited_by: '0',
      gpgkey: null,
      certif_public: '',
      nids_sid: '0',
      termsaccepted: true,
      newsread: '0',
      role_id: String(user.roleId),
      change_pw: false,
      contactalert: false,
      disabled: false,
      expiration: null,
      current_login: '0',
      last_login: '0',
      force_logout: false,
      date_created: '1704067200',
      date_modified: '1704067200',
      last_pw_change: '1704067200',
      password: '*****',
      totp: '*****',
    },
    Role: {
      id: String(role.id),
      name: role.name,
      perm_add: !readOnly,
      perm_modify: !readOnly,
      perm_modify_org: role.admin || role.sync || role.name === 'Publisher',
      perm_publish: role.admin || role.sync || role.name === 'Publisher',
      perm_delegate: role.admin,
      perm_sync: role.sync,
      perm_admin: role.admin,
      perm_audit: role.admin,
      perm_auth: true,
      perm_site_admin: role.siteAdmin,
      perm_regexp_access: role.siteAdmin,
      perm_tagger: !readOnly,
      perm_template: role.admin,
      perm_sharing_group: role.admin || role.sync,
      perm_tag_editor: role.admin || role.sync,
      perm_sighting: !readOnly,
      perm_object_template: role.siteAdmin,
      perm_publish_zmq: role.admin,
      perm_publish_kafka: role.admin,
      perm_decaying: !readOnly,
      perm_galaxy_editor: role.siteAdmin,
      perm_warninglist: role.siteAdmin,
      perm_view_feed_correlations: true,
      default_role: role.name === 'User',
      memory_limit: '',
      max_execution_time: '',
      restricted_to_site_admin: false,
      enforce_rate_limit: false,
      rate_limit_count: '0',
      created: '2024-01-01 00:00:00',
      modified: '2024-01-01 00:00:00',
    },
    UserSetting: {},
    Organisation: { id: String(org.id), name: org.name, uuid: org.uuid, local: org.local, description: null, nationality: '', sector: '', type: '', date_created: '2024-01-01 00:00:00' },
  };
}
