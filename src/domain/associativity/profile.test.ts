import { describe, expect, it } from "vitest";
import { areNeighbours, placesMentioned } from "./neighbours";
import { type OrganizationTraits, profileNeed, profileOrganization, searchTerms } from "./profile";
import { type Capacity, capacitiesIn, chainsIn, type ValueChain } from "./value-chains";

describe("chainsIn", () => {
  it.each([
    ["Asociación de Cacaoteros de Tame", ["cacao"], "a word that begins with the keyword"],
    ["transformación de cacao en chocolate de mesa", ["cacao"], "chocolate is cacao"],
    ["producción de plátano hartón y yuca", ["platano", "agricultura_familiar"], "two chains"],
    ["acopio de leche cruda en tanque de frío; queso llanero", ["lacteos"], "dairy"],
    ["pesca artesanal con espinel y trasmallo", ["pesca"], "fishing gear"],
    ["recolección de piangua en el manglar", ["piangua"], "piangua"],
    ["aceite de coco artesanal y cocadas", ["coco"], "coconut, and artesanal is not crafts"],
    ["cocina tradicional del Pacífico", ["alimentos"], "cocina is not coco"],
    ["créditos para motores fuera de borda", ["credito"], "motores is not motos"],
    ["transporte de pasajeros en moto", ["transporte"], "moto as a whole word"],
    ["Fondo de ayuda mutua para accidentes", ["mutualismo"], "mutual aid"],
    ["capacitación en contabilidad", ["formacion"], "training"],
    ["", [], "nothing"],
  ])("%j → %j (%s)", (text, chains) => {
    expect(chainsIn(text)).toEqual(chains);
  });
});

describe("capacitiesIn", () => {
  it.each([
    [
      "cultivo de cacao clonal, beneficio y secado; comercialización de grano",
      ["produce", "transform", "sell", "assist"],
    ],
    ["crédito solidario y ahorro", ["finance"]],
    ["capacitación en contabilidad; curso básico", ["train"]],
    ["mototaxi y domicilios", ["transport"]],
    ["cría de gallinas ponedoras", ["produce"]],
    ["huevos criollos", []],
  ])("%j → %j", (text, capacities) => {
    expect(capacitiesIn(text)).toEqual(capacities);
  });
});

describe("profileOrganization", () => {
  it.each([
    [
      {
        name: "Fondo de Empleados del Magisterio",
        productsServices: "auxilios de bienestar",
        type: "fondo_empleados",
        sector: "financiero_solidario",
      },
      ["finance"],
      ["mutualismo"],
      "an employee fund lends, whatever it writes",
    ],
    [
      {
        name: "Mutual de Trabajadores del Campo",
        productsServices: "fondo de solidaridad",
        type: "mutual",
        sector: "servicios",
      },
      [],
      ["mutualismo"],
      "a mutual is mutual aid",
    ],
    [
      {
        name: "Universidad Nacional Abierta y a Distancia",
        productsServices: "diplomados virtuales",
        type: null,
        sector: null,
        allyKind: "academia",
      },
      ["train"],
      ["formacion"],
      "an academic ally trains",
    ],
  ] as [OrganizationTraits, Capacity[], ValueChain[], string][])(
    "%j → capacities %j, chains %j (%s)",
    (traits, capacities, chains) => {
      const profile = profileOrganization(traits);
      expect(profile.capacities).toEqual(capacities);
      expect(profile.chains).toEqual(chains);
    },
  );
});

describe("profileNeed", () => {
  const places = [
    { code: "52835", name: "Tumaco" },
    { code: "52250", name: "El Charco" },
    { code: "52696", name: "Santa Bárbara de Iscuandé" },
  ];

  it.each([
    [
      "Crédito para motores de pesca",
      "credito",
      ["pesca", "credito"],
      ["produce", "finance"],
      "credit for fishing",
    ],
    ["Capacitación en contabilidad", "asociatividad", ["formacion"], ["train"], "the words ask for training"],
    [
      "Planta para transformar el queso",
      "asistencia_tecnica",
      ["lacteos"],
      ["transform", "assist"],
      "industrialisation",
    ],
    ["Vender juntos el plátano", "asociatividad", ["platano"], ["sell"], "selling"],
  ])("%j on %s → chains %j, wants %j (%s)", (text, axis, chains, wants) => {
    const need = profileNeed(text, axis, places);
    expect(need.chains).toEqual(chains);
    expect(need.wants).toEqual(wants);
  });

  it.each([
    ["Cuarto frío para el pescado en El Charco", ["El Charco"], ["cuarto", "frio", "pescado"]],
    ["Vender la piangua en Tumaco", ["Tumaco"], ["piangua"]],
    ["Pescadores de Iscuandé", ["Santa Bárbara de Iscuandé"], ["pescadores"]],
    ["Secado de cacao", [], ["secado", "cacao"]],
  ])("%j names %j and searches %j", (text, named, terms) => {
    const need = profileNeed(text, null, places);
    expect(need.places.map((p) => p.name)).toEqual(named);
    expect(need.terms).toEqual(terms);
  });
});

describe("searchTerms", () => {
  it.each([
    ["Necesitamos apoyo para vender directamente el cacao", ["cacao"], "stop and generic words out"],
    ["Comercialización y COMERCIALIZACIÓN del cacao", ["comercializacion", "cacao"], "folded, once"],
    ["venderlo en supermercados", ["supermercados"], "every form of vender"],
  ])("%j → %j (%s)", (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });
});

describe("neighbours", () => {
  it.each([
    ["81001", "81065", true, "Arauca – Arauquita"],
    ["81065", "81001", true, "both ways"],
    ["81001", "81794", false, "Arauca does not border Tame"],
    ["52835", "52520", true, "Tumaco – Francisco Pizarro"],
    ["52835", "52250", false, "Tumaco does not border El Charco"],
    ["05001", "05002", false, "outside the table, only the same municipality counts"],
  ])("%s and %s → %s (%s)", (a, b, expected) => {
    expect(areNeighbours(a, b)).toBe(expected);
  });

  it("finds a place named with or without accents, by its official or common name", () => {
    const places = [
      { code: "52835", name: "San Andrés de Tumaco" },
      { code: "81065", name: "Arauquita" },
    ];
    expect(placesMentioned("pescadores de tumaco", places).map((p) => p.code)).toEqual(["52835"]);
    expect(placesMentioned("Plátano de ARAUQUITA", places).map((p) => p.code)).toEqual(["81065"]);
    expect(placesMentioned("Arauca", places)).toEqual([]);
  });
});
