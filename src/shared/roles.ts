export const ROLES = [
  "national_admin",
  "partner_operator",
  "supervisor",
  "group_leader",
  "desk_staff",
] as const;
export type Role = (typeof ROLES)[number];
