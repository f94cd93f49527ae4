/** The authorisation to process personal data a convenio starts with (Ley 1581 de 2012); editable, versioned. */
export function defaultConsentText(partnerName: string): string {
  return [
    `Autorizo a la Unidad Administrativa Especial de Organizaciones Solidarias (Unidad Solidaria) y a ${partnerName}, en el marco del convenio, para recolectar, almacenar y usar mis datos personales con el fin de registrar mi participación en la asamblea regional, organizar las mesas de trabajo y elaborar los informes del convenio.`,
    "Conozco que mis derechos como titular son conocer, actualizar, rectificar y suprimir mis datos, y revocar esta autorización, conforme a la Ley 1581 de 2012 y el Decreto 1377 de 2013.",
    "Los datos sensibles (pertenencia étnica, discapacidad, condición de víctima) son opcionales y solo se guardan si doy una autorización adicional y expresa.",
  ].join("\n\n");
}
