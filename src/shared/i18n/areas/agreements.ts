import { defineMessages } from "../define";

export const agreements = defineMessages(
  {
    "agreements.title": "Convenios",
    "agreements.new": "Nuevo convenio",
    "agreements.empty": "Todavía no hay convenios.",
    "agreements.label": "Convenio {number} de {year} · {partner}",
    "agreements.period": "Vigencia: del {from} al {to}",
    "agreements.noPeriod": "Vigencia sin fechas",
    "agreements.field.number": "Número del convenio",
    "agreements.field.number.hint": "Solo dígitos, por ejemplo 002.",
    "agreements.field.year": "Año",
    "agreements.field.partnerName": "Cooperante",
    "agreements.field.partnerName.hint": "La institución con la que se suscribe, por ejemplo UNAD.",
    "agreements.field.supervisorName": "Supervisión",
    "agreements.field.startsOn": "Fecha de inicio",
    "agreements.field.endsOn": "Fecha de fin",
    "agreements.field.legend": "Leyenda del convenio",
    "agreements.field.legend.hint":
      "Va en cada escarapela, pantalla y documento. Si la deja vacía se usa la leyenda estándar con el número, el año y el cooperante.",
    "agreements.legend.preview": "Así se verá la leyenda",
    "agreements.field.consentText": "Texto de autorización de datos",
    "agreements.consent.hint":
      "Versión vigente: {version}. Si cambia el texto se guarda como versión {next}; las autorizaciones ya dadas conservan la suya.",
    "agreements.consent.hintNew":
      "Si lo deja vacío se usa el texto estándar de tratamiento de datos personales (versión 1).",
    "agreements.consent.version": "Texto de autorización (versión {version})",
    "agreements.create": "Crear convenio",
    "agreements.save": "Guardar convenio",
    "agreements.saved": "Convenio guardado. Texto de autorización vigente: versión {version}.",
  },
  {
    "agreements.title": "Agreements",
    "agreements.new": "New agreement",
    "agreements.empty": "There are no agreements yet.",
    "agreements.label": "Agreement {number} of {year} · {partner}",
    "agreements.period": "In force from {from} to {to}",
    "agreements.noPeriod": "No dates set",
    "agreements.field.number": "Agreement number",
    "agreements.field.number.hint": "Digits only, for example 002.",
    "agreements.field.year": "Year",
    "agreements.field.partnerName": "Partner",
    "agreements.field.partnerName.hint": "The institution that signs it, for example UNAD.",
    "agreements.field.supervisorName": "Supervisor",
    "agreements.field.startsOn": "Start date",
    "agreements.field.endsOn": "End date",
    "agreements.field.legend": "Agreement legend",
    "agreements.field.legend.hint":
      "It goes on every badge, screen and document. Left empty, the standard legend with number, year and partner is used.",
    "agreements.legend.preview": "How the legend will look",
    "agreements.field.consentText": "Data authorisation text",
    "agreements.consent.hint":
      "Current version: {version}. A changed text is saved as version {next}; consents already given keep theirs.",
    "agreements.consent.hintNew":
      "Left empty, the standard personal data processing text is used (version 1).",
    "agreements.consent.version": "Authorisation text (version {version})",
    "agreements.create": "Create agreement",
    "agreements.save": "Save agreement",
    "agreements.saved": "Agreement saved. Current authorisation text: version {version}.",
  },
);
