// The one Drizzle schema, split by area. Every table here is created by a file in ../migrations.
export * from "./accounts";
export * from "./agreements";
export * from "./allocation";
export * from "./assemblies";
export * from "./associativity";
export * from "./checkin";
export * from "./events";
export * from "./plenary";
export * from "./puzzle";
export * from "./registration-extra";
export * from "./registrations";
export * from "./run-of-day";
