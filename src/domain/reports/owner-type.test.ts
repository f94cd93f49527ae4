import { describe, expect, it } from "vitest";
import { type OwnerType, ownerType } from "./owner-type";

describe("ownerType", () => {
  it.each<[string, OwnerType, string]>([
    ["Asocacao", "organizacion", "an association's short name starts with asoc"],
    ["Cooperativa Multiactiva de Tame", "organizacion", "a cooperative"],
    ["JAC vereda La Esperanza", "organizacion", "a junta de acción comunal"],
    ["Red de mujeres cacaoteras", "organizacion", "a network"],
    ["Alcaldía de Arauca", "institucion_publica", "a mayor's office, with its accent"],
    ["SENA regional Arauca", "institucion_publica", "the SENA in capitals"],
    [
      "Corporación Autónoma Regional de la Orinoquia",
      "institucion_publica",
      "a public corporation is not an organisation",
    ],
    ["UNAD", "cooperante", "the convenio's partner"],
    ["Los productores de la sub-mesa", "comunidad", "the sub-table's own people"],
    ["Asociación de recicladores y alcaldía", "alianza", "an organisation with an institution"],
    ["Alianza cacaotera", "alianza", "names itself an alliance"],
    ["Cooperativa con apoyo de la UNAD", "alianza", "an organisation with the partner"],
    ["Don Pedro", "sin_clasificar", "a person's name says nothing about the kind of owner"],
    ["", "sin_clasificar", "left blank"],
    ["Redención", "sin_clasificar", "'red' is a whole word, not the start of a longer one"],
    ["Organizaciones de la sub-mesa", "organizacion", "'organizaci*' covers singular and plural"],
  ])("%j → %s (%s)", (owner, expected) => {
    expect(ownerType(owner)).toBe(expected);
  });
});
