import type { RolesConfig } from './model.js';

/**
 * Role rules of the La Sarre profile (data). Filled by the roles part; each rule cites a
 * section of the La Sarre policy.
 */
export const laSarreRoles: RolesConfig = {
  extraRoles: [],
  grantors: {
    delegation: ['communications-lead'],
    replacement: ['general-management', 'communications-lead'],
    emergency: ['general-management'],
  },
  rules: [],
};

/** Role rules of the Ville de Québec profile (data). */
export const villeDeQuebecRoles: RolesConfig = {
  extraRoles: [],
  grantors: {
    delegation: ['communications-lead', 'manager'],
    replacement: ['general-management', 'manager'],
    emergency: ['general-management'],
  },
  rules: [],
};
