/**
 * MISP 2.5 response shapes, as MISP sends them: ids and timestamps are strings, booleans are
 * booleans. Other modules (pipeline, warninglist engine) import these.
 */

export interface MispVersion {
  version: string;
  perm_sync: boolean;
  perm_sighting?: boolean;
  perm_galaxy_editor?: boolean;
  request_encoding?: string[];
  filter_sightings?: boolean;
}

export interface MispTag {
  id: string;
  name: string;
  colour: string;
  /** 1 when the tag comes from the event rather than the attribute. */
  inherited?: number;
  local?: boolean;
}

/** The `Event` embedded in each restSearch attribute. */
export interface MispAttributeEvent {
  id: string;
  /** Owner on this instance: the sync user's org for pushed events. Selects the community. */
  org_id: string;
  /** Creator, kept across sync: the author inside the community. */
  orgc_id: string;
  /** Only on newer MISP versions. */
  user_id?: string;
  uuid: string;
  info: string;
  distribution: string;
  publish_timestamp: string;
}

export interface MispAttribute {
  id: string;
  event_id: string;
  object_id: string;
  object_relation: string | null;
  category: string;
  type: string;
  value: string;
  to_ids: boolean;
  uuid: string;
  timestamp: string;
  distribution: string;
  sharing_group_id: string;
  comment: string;
  deleted: boolean;
  disable_correlation: boolean;
  first_seen: string | null;
  last_seen: string | null;
  Event?: MispAttributeEvent;
  Tag?: MispTag[];
  /** Only with `includeEventUuid: true`. */
  event_uuid?: string;
  /** Only with `includeSightings: true`. */
  Sighting?: MispSighting[];
}

/**
 * A sighting (OpenAPI schema `Sighting`). `type`: "0" sighting, "1" false positive, "2" expiration.
 * `attribute_uuid` and `Organisation` come with `/sightings/index` and restSearch's `includeSightings`.
 */
export interface MispSighting {
  id: string;
  attribute_id: string;
  event_id: string;
  org_id: string;
  /** Unix seconds. */
  date_sighting: string;
  uuid: string;
  source: string;
  type: string;
  attribute_uuid?: string;
  Organisation?: { id: string; uuid: string; name: string };
}

/** `POST /sightings/add` when it saved: the last sighting saved. */
export interface MispSightingAddResponse {
  Sighting: MispSighting;
}

/** One row of `/sightings/listSightings/{id}/attribute`. */
export interface MispSightingListEntry {
  Sighting: MispSighting;
  Organisation?: { name: string };
}

/** `POST /sightings/delete/{id}` (OpenAPI `DeleteSightingResponse`). */
export interface MispSaveSuccessResponse {
  saved: boolean;
  success: boolean;
  name: string;
  message: string;
  url: string;
  id?: string;
}

export interface MispRestSearchResponse {
  response: { Attribute: MispAttribute[] };
}

export interface MispUser {
  id: string;
  org_id: string;
  email: string;
  role_id: string;
  disabled: boolean;
  autoalert?: boolean;
  last_login?: string;
  date_created?: string;
}

/** The `Role` of `/admin/users`: it has no `perm_sync`, use `/roles` for that. */
export interface MispAdminUserRole {
  id: string;
  name: string;
  perm_auth: boolean;
  perm_site_admin: boolean;
  perm_admin: boolean;
}

export interface MispUserEntry {
  User: MispUser;
  Organisation: { id: string; name: string; uuid?: string };
  Role: MispAdminUserRole;
}

export interface MispRole {
  id: string;
  name: string;
  perm_add: boolean;
  perm_modify: boolean;
  perm_modify_org: boolean;
  perm_publish: boolean;
  perm_sync: boolean;
  perm_admin: boolean;
  perm_site_admin: boolean;
  perm_auth: boolean;
  perm_tagger: boolean;
  enforce_rate_limit?: boolean;
  rate_limit_count?: string;
}

export interface MispRoleEntry {
  Role: MispRole;
}

export interface MispOrganisation {
  id: string;
  uuid: string;
  name: string;
  local: boolean;
  description?: string | null;
  nationality?: string;
  sector?: string;
  date_created?: string;
}

export interface MispOrganisationEntry {
  Organisation: MispOrganisation;
}

export type WarninglistType = 'string' | 'substring' | 'hostname' | 'cidr' | 'regex';

/** One entry of `GET /warninglists`. */
export interface MispWarninglist {
  id: string;
  name: string;
  type: WarninglistType;
  description: string;
  version: string;
  enabled: boolean;
  default: boolean;
  category: 'false_positive' | 'known';
  warninglist_entry_count: string;
  /** Comma-joined MISP types, or `ALL`. */
  valid_attributes: string;
}

export interface MispWarninglistIndex {
  Warninglists: Array<{ Warninglist: MispWarninglist }>;
}

export interface MispWarninglistEntry {
  id: string;
  value: string;
  warninglist_id: string;
  comment: string | null;
}

export interface MispWarninglistTypeEntry {
  id: string;
  type: string;
  warninglist_id: string;
}

/** `GET /warninglists/view/{id}`. */
export interface MispWarninglistView {
  Warninglist: MispWarninglist & {
    WarninglistEntry: MispWarninglistEntry[];
    WarninglistType: MispWarninglistTypeEntry[];
  };
}

/** `GET /warninglists/export/{id}`: the misp-warninglists `list.json` format. */
export interface WarninglistFile {
  name: string;
  version: number;
  description: string;
  type: WarninglistType;
  list: string[];
  matching_attributes?: string[];
  category?: 'false_positive' | 'known';
}

/** MISP's error body; a failed save adds `saved: false` and `errors`. */
export interface MispErrorBody {
  name?: string;
  message?: string;
  url?: string;
  saved?: boolean;
  errors?: unknown;
}

export interface MispMessageResponse {
  message: string;
}

export interface MispAttributeResponse {
  Attribute: MispAttribute;
}

export interface MispAttachTagResponse {
  saved: boolean;
  success?: string;
  check_publish?: boolean;
}

export type SyncUserResolution =
  { status: 'resolved'; user: MispUser; role: MispRole; organisation: MispOrganisation } | { status: 'not_found' } | { status: 'not_sync_user'; user: MispUser; role: MispRole | undefined };

export interface AttributeSearch {
  /** Unix seconds, inclusive. */
  from: number;
  /** Unix seconds, inclusive: pass the next day's start − 1. */
  to: number;
  /** Types MISP should not even serialise (sent as `type: {NOT: [...]}`). */
  notTypes: string[];
  pageSize?: number;
  /** Also return soft-deleted attributes (`deleted: [0, 1]`). */
  includeDeleted?: boolean;
}
