// Momento 2: the kinds of ally that present their offer and possible contribution to the PIT.
export const ALLY_KINDS = [
  "nacional",
  "territorial",
  "privado",
  "cooperacion_internacional",
  "academia",
] as const;
export type AllyKind = (typeof ALLY_KINDS)[number];
