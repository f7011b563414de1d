export * from "./tenants";
export * from "./tenant-settings";
export * from "./users";
export * from "./memberships";
export * from "./sessions";
export * from "./auth-throttles";
export * from "./setup-tokens";
export * from "./audit";
