/** The settings screen is a custom route: /api/settings is one row without an id, not a REST resource. */
export const SETTINGS_PATH = '/settings';
