import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Divipola, parseDivipola } from "../domain/places/divipola";
import { RESOURCES_DIR } from "./paths";

let loaded: Divipola | null = null;

/** DANE's DIVIPOLA list, shipped in resources/ and read once. */
export function divipola(): Divipola {
  loaded ??= parseDivipola(readFileSync(join(RESOURCES_DIR, "divipola.csv"), "utf8"));
  return loaded;
}
