import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDivipola } from "./divipola";

// The shipped data file is the input; the parser itself does no I/O.
const divipola = parseDivipola(
  readFileSync(new URL("../../../resources/divipola.csv", import.meta.url), "utf8"),
);

describe("parseDivipola", () => {
  it("reads every row of DANE's list", () => {
    expect(divipola.municipalities).toHaveLength(1122);
    expect(divipola.departments).toHaveLength(33);
  });

  it.each([
    ["81001", "Arauca", "81"],
    ["11001", "Bogotá, D.C.", "11"],
    ["05001", "Medellín", "05"],
    ["27493", "Nuevo Belén de Bajirá", "27"],
  ])("municipality %s is %s in department %s", (code, name, department) => {
    expect(divipola.municipality(code)).toMatchObject({ name, departmentCode: department });
  });

  it.each([
    ["bogota", undefined, "11001"],
    ["SARAVENA", "81", "81736"],
    ["tame", "81", "81794"],
  ])("search(%s) finds %s", (query, department, code) => {
    expect(divipola.search(query, department).map((m) => m.code)).toContain(code);
  });

  it("keeps search inside the department", () => {
    expect(divipola.search("a", "81").every((m) => m.departmentCode === "81")).toBe(true);
  });
});
