import type { Messages } from "../define";

export const agreements = {
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
} satisfies Messages;
