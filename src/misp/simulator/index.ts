export { MispSimulator, AUTH_FAILED, POST_ONLY, type MispSimulatorOptions, type MispMutation } from './server.js';
export {
  Dataset,
  ADMIN_KEY,
  USER_KEY,
  SKIPPED_TYPES,
  HOST_ORG_ID,
  syncKey,
  syncEmail,
  type DatasetOptions,
  type CommunityProfile,
  type SimAttribute,
  type SimEvent,
  type SimOrg,
  type SimUser,
} from './dataset.js';
export { WarninglistSource, BUILTIN_WARNINGLISTS, DEFAULT_WARNINGLISTS_DIR } from './warninglists.js';
