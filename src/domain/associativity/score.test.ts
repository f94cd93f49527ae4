import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EconomicSector, OrganizationType } from "../registration/catalog";
import type { Place } from "./neighbours";
import { profileNeed, profileOrganization } from "./profile";
import {
  type Candidate,
  type Evidence,
  MIN_SCORE,
  matchedTerms,
  type ReasonKey,
  rankCandidates,
  scoreCandidate,
  textRelevance,
  WEIGHTS,
} from "./score";

const TAME: Place = { code: "81794", name: "Tame" };
const ARAUQUITA: Place = { code: "81065", name: "Arauquita" };
const SARAVENA: Place = { code: "81736", name: "Saravena" };
const CRAVO_NORTE: Place = { code: "81220", name: "Cravo Norte" };
const PLACES = [TAME, ARAUQUITA, SARAVENA, CRAVO_NORTE];

function organization(
  name: string,
  productsServices: string,
  type: OrganizationType,
  sector: EconomicSector,
  place: Place | null = null,
  preferredAxes: string[] = [],
): Candidate {
  return {
    name,
    profile: profileOrganization({ name, productsServices, type, sector }),
    type,
    sector,
    place,
    preferredAxes,
  };
}

const CACAO = organization(
  "Asociación de Productores de Cacao de Arauquita",
  "cultivo de cacao clonal, beneficio y secado en marquesinas solares; comercialización asociativa de grano",
  "asociacion",
  "agropecuario",
  ARAUQUITA,
  ["asistencia_tecnica"],
);
const CREDIT = organization(
  "Cooperativa de Ahorro y Crédito Solidaria del Sarare",
  "crédito solidario y ahorro para asociados; microcrédito agropecuario",
  "cooperativa",
  "financiero_solidario",
  SARAVENA,
);
const EMPLOYEE_FUND = organization(
  "Fondo de Empleados de la Salud de Arauca",
  "ahorro permanente, crédito de libre inversión y educativo",
  "fondo_empleados",
  "financiero_solidario",
);
const TRAINING = organization(
  "Cooperativa de Educación y Formación Solidaria de Arauca",
  "capacitación en contabilidad para cooperativas; curso básico de economía solidaria",
  "cooperativa",
  "servicios",
);
const MUSIC = organization(
  "Colectivo Juvenil de Arauca",
  "escuela de música llanera y presentaciones en eventos",
  "grupo_comunitario",
  "servicios",
);
const DAIRY = organization(
  "Asociación de Productores Lácteos de Tame",
  "ganadería doble propósito; venta de leche y queso llanero",
  "asociacion",
  "agropecuario",
  TAME,
);
const RICE_MACHINES = organization(
  "Asociación de Arroceros de Puerto Rondón",
  "siembra de arroz secano mecanizado; alquiler asociativo de cosechadora",
  "asociacion",
  "agropecuario",
);
const RECYCLERS = organization(
  "Asociación de Recicladores de Cravo Norte",
  "recolección y venta de cartón y plástico",
  "asociacion",
  "reciclaje",
  CRAVO_NORTE,
);

const NO_TEXT: Evidence = { textRelevance: 0, matchedTerms: [], namedWith: [] };
const keys = (reasons: { key: ReasonKey }[]) => reasons.map((r) => r.key);

describe("scoreCandidate", () => {
  it.each<[string, string, string | null, Candidate, Evidence, ReasonKey[], string]>([
    [
      "same chain and a complementary capacity",
      "Secado y comercialización de cacao",
      "asistencia_tecnica",
      CACAO,
      NO_TEXT,
      [
        "associativity.reason.same_chain",
        "associativity.reason.assistance_for_industrialisation",
        "associativity.reason.complementary",
        "associativity.reason.axis",
      ],
      "cacao growers who dry and sell, with solar dryers, whose members chose technical assistance",
    ],
    [
      "solidarity finance for a credit need",
      "Crédito para renovar los cacaotales",
      "credito",
      CREDIT,
      NO_TEXT,
      ["associativity.reason.finance_for_credit"],
      "a savings and credit cooperative lends whatever the chain",
    ],
    [
      "an employee fund lends only to its members",
      "Crédito para renovar los cacaotales",
      "credito",
      EMPLOYEE_FUND,
      NO_TEXT,
      ["associativity.reason.finance_for_members"],
      "it is finance, for half",
    ],
    [
      "a training organisation for a training need",
      "Capacitación en contabilidad para las juntas",
      "formacion",
      TRAINING,
      { textRelevance: 0.6, matchedTerms: ["capacitacion", "contabilidad"], namedWith: [] },
      ["associativity.reason.training_for_training", "associativity.reason.text"],
      "training is the service asked for",
    ],
    [
      "technical help counts only along the need's chain",
      "Tanque de frío para la leche",
      "asistencia_tecnica",
      RICE_MACHINES,
      NO_TEXT,
      [],
      "rice machinery says nothing about a dairy need",
    ],
    [
      "nothing links them",
      "Tanque de frío para la leche",
      "asistencia_tecnica",
      RECYCLERS,
      NO_TEXT,
      [],
      "place and axis alone never link an organisation",
    ],
    [
      "named together in other sub-tables",
      "Tanque de frío para la leche",
      "asistencia_tecnica",
      RECYCLERS,
      { textRelevance: 0, matchedTerms: [], namedWith: ["ASOGALTAME"] },
      ["associativity.reason.named_together"],
      "other sub-tables put them in one solution",
    ],
  ])("%s", (_what, text, axis, candidate, evidence, expected) => {
    const { reasons, score } = scoreCandidate(profileNeed(text, axis, PLACES), candidate, evidence);
    expect(keys(reasons).sort()).toEqual([...expected].sort());
    expect(score > 0).toBe(expected.length > 0);
  });

  it.each<[string, Candidate, ReasonKey | null, string]>([
    [
      "Queso de Tame",
      DAIRY,
      "associativity.reason.same_municipality",
      "the need names the organisation's municipality",
    ],
    ["Queso de Arauquita", DAIRY, "associativity.reason.neighbour_municipality", "Tame borders Arauquita"],
    ["Queso de Cravo Norte", DAIRY, null, "Tame does not border Cravo Norte"],
    ["Queso llanero", DAIRY, null, "no place named"],
  ])("%j for %s → %s (%s)", (text, candidate, expected) => {
    const { reasons } = scoreCandidate(profileNeed(text, "asociatividad", PLACES), candidate, NO_TEXT);
    const placeReasons = keys(reasons).filter((key) => key.endsWith("municipality"));
    expect(placeReasons).toEqual(expected ? [expected] : []);
  });

  it("says where the neighbour is in words", () => {
    const { reasons } = scoreCandidate(profileNeed("Queso de Arauquita", null, PLACES), DAIRY, NO_TEXT);
    expect(reasons.find((r) => r.key === "associativity.reason.neighbour_municipality")?.params).toEqual({
      place: "Tame",
      of: "Arauquita",
    });
  });

  it("counts a music school's teaching for half against an organisation made for training", () => {
    const need = profileNeed("Capacitación en contabilidad", "formacion", PLACES);
    const training = scoreCandidate(need, TRAINING, NO_TEXT).score;
    const music = scoreCandidate(need, MUSIC, NO_TEXT).score;
    expect(training).toBe(WEIGHTS.train);
    expect(music).toBe(WEIGHTS.train / 2);
  });

  it("orders the reasons strongest first", () => {
    const evidence = { textRelevance: 0.9, matchedTerms: ["secado", "cacao"], namedWith: [] };
    const { reasons } = scoreCandidate(profileNeed("Secado de cacao", null, PLACES), CACAO, evidence);
    expect(reasons[0]!.key).toBe("associativity.reason.text");
    expect(reasons[0]!.params).toEqual({ words: "secado, cacao" });
  });

  it("never scores below zero, and more text relevance never lowers the score", () => {
    const need = profileNeed("Secado y comercialización de cacao", "credito", PLACES);
    fc.assert(
      fc.property(
        fc.constantFrom(CACAO, CREDIT, TRAINING, DAIRY, RECYCLERS, MUSIC),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (candidate, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const score = (relevance: number) =>
            scoreCandidate(need, candidate, {
              textRelevance: relevance,
              matchedTerms: ["cacao"],
              namedWith: [],
            }).score;
          expect(score(low)).toBeGreaterThanOrEqual(0);
          expect(score(high)).toBeGreaterThanOrEqual(score(low));
        },
      ),
    );
  });
});

describe("rankCandidates", () => {
  it("puts the best first, breaks ties by name and leaves out weak links", () => {
    const need = profileNeed("Crédito para secar el cacao", "credito", PLACES);
    const ranked = rankCandidates(
      need,
      [
        RECYCLERS,
        EMPLOYEE_FUND,
        CREDIT,
        CACAO,
        { ...CREDIT, name: "Cooperativa Alfa de Ahorro y Crédito" },
      ].map((candidate) => ({
        candidate,
        evidence: NO_TEXT,
      })),
      3,
    );
    expect(ranked.map((r) => r.candidate.name)).toEqual([
      "Cooperativa Alfa de Ahorro y Crédito",
      "Cooperativa de Ahorro y Crédito Solidaria del Sarare",
      "Asociación de Productores de Cacao de Arauquita",
    ]);
    expect(ranked.every((r) => r.score >= MIN_SCORE)).toBe(true);
  });
});

describe("textRelevance", () => {
  it.each([
    [0.5, 0, 0.5, "the full-text coverage"],
    [0.2, 0.9, 0.72, "a close trigram match (a misspelling) counts for 80 %"],
    [0.2, 0.5, 0.2, "a loose trigram match does not count"],
    [1, 1, 1, "never above 1"],
  ])("coverage %d, similarity %d → %d (%s)", (coverage, similarity, expected) => {
    expect(textRelevance(coverage, similarity)).toBeCloseTo(expected, 3);
  });
});

describe("matchedTerms", () => {
  it.each([
    [["secado", "cacao"], "beneficio y secado de cacao", ["secado", "cacao"]],
    [["comercializacion"], "comercialización asociativa de grano", ["comercializacion"]],
    [["pescado"], "pesca artesanal", ["pescado"]],
    [["pescado"], "venta de carnes y verduras", []],
    [["queso"], "Quesos y cuajada", ["queso"]],
  ])("%j in %j → %j", (terms, text, expected) => {
    expect(matchedTerms(terms, text)).toEqual(expected);
  });
});
