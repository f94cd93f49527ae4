// The one Drizzle schema, split by area. Every table here is created by a file in ../migrations.
export * from "./accounts";
export * from "./agreements";
export * from "./assemblies";
export * from "./events";
export * from "./registrations";
