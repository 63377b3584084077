export { startOpenTipSimulator, DEFAULT_SIMULATOR_KEY, type OpenTipSimulator, type OpenTipSimulatorOptions, type Override, type SimulatorCounters } from './server.js';
export { DEFAULT_ZONE_MIX, ZONES, zoneFor, type Zone, type ZoneMix } from './zones.js';
