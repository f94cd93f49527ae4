import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acronymOf,
  assignOrganizations,
  type Declared,
  type KnownOrganization,
  nitBase,
  organizationNameKey,
  possibleDuplicates,
  sameOrganization,
} from "./dedupe";

describe("organizationNameKey", () => {
  it.each([
    ["Asoc. de Cacaoteros de Tame", "asociacion cacaotero tame", "abbreviation expanded, stop words dropped"],
    ["ASOCIACION CACAOTEROS TAME", "asociacion cacaotero tame", "capitals and missing accents"],
    [
      "Asociación de Cacaoteros de Tame — ASOCATAME",
      "asociacion cacaotero tame",
      "the acronym after a dash is not the name",
    ],
    [
      "Asociación de Cacaoteros de Tame (ASOCATAME)",
      "asociacion cacaotero tame",
      "nor the acronym in brackets",
    ],
    [
      "Coop. Multiact. Agropec. de Saravena",
      "cooperativa multiactiva agropecuaria saravena",
      "several abbreviations",
    ],
    ["Fdo. de Empl. del Magisterio", "fondo empleado magisterio", "fondo de empleados abbreviated"],
    [
      "  Asociación   de  Tenderos y Comerciantes de Arauca ",
      "asociacion tendero comerciante arauca",
      "extra spaces, y",
    ],
    ["Cooperativa Solidaria LTDA", "cooperativa solidaria", "legal suffix"],
    ["Asociación de Productores Lácteos", "asociacion productor lacteo", "plural written or not"],
  ])("%j → %j (%s)", (name, key) => {
    expect(organizationNameKey(name)).toBe(key);
  });

  it("gives the same key whatever the case, accents and spacing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Asociación de Mujeres Piangueras de Tumaco", "Cooperativa Multiactiva de El Charco"),
        fc.boolean(),
        (name, upper) => {
          const variant = (upper ? name.toUpperCase() : name.toLowerCase())
            .normalize("NFD")
            .replace(/\p{M}/gu, "")
            .replace(/ /g, "  ");
          expect(organizationNameKey(variant)).toBe(organizationNameKey(name));
        },
      ),
    );
  });
});

describe("acronymOf", () => {
  it.each([
    ["Asociación de Cacaoteros de Tame — ASOCATAME", "asocatame"],
    ["Cooperativa de Ahorro y Crédito del Litoral Pacífico - COOPLITORAL", "cooplitoral"],
    ["Asociación de Vendedores Informales (ASOVIA)", "asovia"],
    ["ASOCIACION CACAOTEROS TAME", null],
    ["Red de Turismo Comunitario El Morro", null],
  ])("%j → %j", (name, acronym) => {
    expect(acronymOf(name)).toBe(acronym);
  });
});

describe("nitBase", () => {
  it.each<[string | null, string | null, string]>([
    ["900.123.456-8", "900123456", "dots and dash, valid check digit dropped"],
    ["9001234568", "900123456", "digits only with its check digit"],
    ["900123456", "900123456", "the base alone"],
    ["9001234567", "9001234567", "a wrong check digit is not dropped: the digits stay as typed"],
    ["123", null, "too short to identify anyone"],
    [null, null, "no NIT"],
  ])("%j → %j (%s)", (nit, base) => {
    expect(nitBase(nit)).toBe(base);
  });
});

describe("sameOrganization", () => {
  const tame: Declared = { name: "Asociación de Cacaoteros de Tame — ASOCATAME", nit: "900123456-8" };
  it.each<[Declared, Declared, boolean, string]>([
    [
      tame,
      { name: "ASOCIACION CACAOTEROS TAME", nit: null },
      true,
      "names match after normalisation, one NIT unknown",
    ],
    [
      tame,
      { name: "Asoc. de Cacaoteros de Tame", nit: "900123456" },
      true,
      "same NIT with and without check digit",
    ],
    [tame, { name: "ASOCATAME", nit: null }, true, "the acronym alone"],
    [tame, { name: "Cacaoteros Unidos", nit: "9001234568" }, true, "same NIT, whatever the name"],
    [
      tame,
      { name: "Asociación de Cacaoteros de Tame", nit: "901555444" },
      false,
      "same name, another NIT: two organisations",
    ],
    [tame, { name: "Asociación de Cacaoteros de Fortul", nit: null }, false, "another municipality"],
    [
      { name: "Asociación de Tenderos de Arauca", nit: null },
      { name: "Asociación de Tenderos y Comerciantes de Arauca", nit: null },
      false,
      "similar is not the same: left to the operator",
    ],
  ])("%j and %j → %j (%s)", (a, b, expected) => {
    expect(sameOrganization(a, b)).toBe(expected);
    expect(sameOrganization(b, a)).toBe(expected);
  });
});

describe("assignOrganizations", () => {
  const known: KnownOrganization[] = [
    {
      id: "tame",
      keys: ["asociacion cacaotero tame"],
      acronyms: ["asocatame"],
      nits: ["900123456"],
      members: 30,
    },
    { id: "tenderos", keys: ["asociacion tendero arauca"], acronyms: [], nits: [], members: 3 },
  ];

  it.each<[Declared[], string[], string]>([
    [[{ name: "ASOCIACION CACAOTEROS TAME", nit: null }], ["tame"], "by name"],
    [[{ name: "Otra forma de escribirla", nit: "900.123.456-8" }], ["tame"], "by NIT"],
    [
      [{ name: "Asociación de Tenderos de Arauca", nit: "811222333" }],
      ["tenderos"],
      "a NIT for an organisation that had none",
    ],
    [
      [{ name: "Asociación de Cacaoteros de Tame", nit: "901555444" }],
      ["new:1"],
      "a contradicting NIT makes another one",
    ],
    [
      [
        { name: "Grupo de Concheras de Tumaco", nit: null },
        { name: "GRUPO CONCHERAS TUMACO", nit: null },
        { name: "Grupo de Concheras de El Charco", nit: null },
      ],
      ["new:1", "new:1", "new:2"],
      "new organisations are known to the declarations after them",
    ],
  ])("%j → %j (%s)", (declarations, ids) => {
    expect(assignOrganizations(declarations, known).organizationIds).toEqual(ids);
  });

  it("returns the aliases to store, once each", () => {
    const { added } = assignOrganizations(
      [
        { name: "Asoc. Tenderos de Arauca — ASOTENDAR", nit: "811222333" },
        { name: "ASOTENDAR", nit: null },
      ],
      known,
    );
    expect(added).toEqual([
      { organizationId: "tenderos", kind: "acronym", value: "asotendar" },
      { organizationId: "tenderos", kind: "nit", value: "811222333" },
    ]);
  });

  it("puts an ambiguous declaration without NIT in the organisation with more members", () => {
    const twins: KnownOrganization[] = [
      { id: "small", keys: ["asociacion mototaxista arauca"], acronyms: [], nits: ["811000001"], members: 2 },
      { id: "big", keys: ["asociacion mototaxista arauca"], acronyms: [], nits: ["811000002"], members: 9 },
    ];
    expect(
      assignOrganizations([{ name: "Asociación de Mototaxistas de Arauca", nit: null }], twins)
        .organizationIds,
    ).toEqual(["big"]);
  });

  it("assigns every declaration exactly once, and equal declarations to the same organisation", () => {
    const names = [
      "Asoc. de Cacaoteros de Tame",
      "ASOCIACION CACAOTEROS TAME",
      "Grupo de Concheras de Tumaco",
      "COOMRA",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom(...names), nit: fc.constantFrom(null, "900123456") }), {
          maxLength: 20,
        }),
        (declarations) => {
          const { organizationIds } = assignOrganizations(declarations, known);
          expect(organizationIds).toHaveLength(declarations.length);
          declarations.forEach((declared, i) => {
            declarations.forEach((other, j) => {
              if (declared.name === other.name && declared.nit === other.nit)
                expect(organizationIds[i]).toBe(organizationIds[j]);
            });
          });
        },
      ),
    );
  });
});

describe("possibleDuplicates", () => {
  it.each([
    [
      "Asociación de Tenderos de Arauca",
      "Asociación de Tenderos y Comerciantes de Arauca",
      true,
      "one name inside the other",
    ],
    [
      "Asociación de Mototaxistas de Arauca",
      "Colectivo de Mototaxistas de Arauca",
      true,
      "only the legal form differs",
    ],
    ["Asociación de Cacaoteros de Tame", "Asociacion de Cacoteros de Tame", true, "a one-letter typo"],
    [
      "Asociación de Tenderos de Arauca",
      "Asociación de Tenderos de Arauquita",
      false,
      "another municipality",
    ],
    [
      "Red de Turismo Comunitario El Morro",
      "Asociación de Turismo Comunitario de Tumaco",
      false,
      "different places",
    ],
    [
      "COOMRA",
      "Cooperativa Multiactiva de Recicladores de Arauca",
      false,
      "one distinctive word is not enough",
    ],
  ])("%j vs %j → %j (%s)", (a, b, expected) => {
    const pairs = possibleDuplicates([
      { id: "a", name: a },
      { id: "b", name: b },
    ]);
    expect(pairs.length === 1).toBe(expected);
  });
});

describe("assignOrganizations keeps current links", () => {
  it("keeps a declaration in its organisation while it still fits, even when a twin is bigger", () => {
    const twins: KnownOrganization[] = [
      { id: "small", keys: ["asociacion mototaxista arauca"], acronyms: [], nits: ["811000001"], members: 2 },
      { id: "big", keys: ["asociacion mototaxista arauca"], acronyms: [], nits: ["811000002"], members: 9 },
    ];
    const declared = { name: "Asociación de Mototaxistas de Arauca", nit: null, current: "small" };
    expect(assignOrganizations([declared], twins).organizationIds).toEqual(["small"]);
    expect(
      assignOrganizations([{ ...declared, name: "Grupo de Concheras de Tumaco" }], twins).organizationIds,
    ).toEqual(["new:1"]);
  });
});
