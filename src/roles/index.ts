export { ROLES, ACTIONS, type Role, type Action, type RolesConfig, type RoleRule } from './model.js';
