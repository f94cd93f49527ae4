import type { Messages } from "../define";

// Momento 2: the allies who present their offer and possible contribution to the PIT.
export const allies = {
  "allies.title": "Aliados",
  "allies.intro":
    "Entidades que presentan su oferta y su posible aporte al proyecto de impacto territorial (PIT) en el Momento 2.",
  "allies.empty": "Todavía no hay aliados registrados.",
  "allies.add": "Agregar aliado",
  "allies.edit": "Editar {institution}",
  "allies.delete": "Quitar {institution}",
  "allies.deleteConfirm": "¿Quitar a {institution} de los aliados?",
  "allies.save": "Guardar aliado",
  "allies.saved": "Aliado guardado.",
  "allies.deleted": "Aliado quitado.",
  "allies.export": "Descargar Excel",
  "allies.count": "{count} aliados",
  "allies.field.institution": "Institución",
  "allies.field.kind": "Tipo de aliado",
  "allies.field.presenter": "Quién presenta",
  "allies.field.offer": "Oferta (programas, servicios, convocatorias)",
  "allies.field.pitContribution": "Posible aporte al PIT",
  "allies.field.contactName": "Contacto",
  "allies.field.contactPhone": "Teléfono de contacto",
  "allies.field.contactEmail": "Correo de contacto",
  "allies.kind.nacional": "Nacional",
  "allies.kind.territorial": "Territorial",
  "allies.kind.privado": "Privado",
  "allies.kind.cooperacion_internacional": "Cooperación internacional",
  "allies.kind.academia": "Academia",
} satisfies Messages;
