import type { Messages } from "../define";

export const errors = {
  "error.request.invalid": "Revise los datos: hay campos con errores.",
  "error.request.malformed": "La solicitud no se pudo leer.",
  "error.request.too_large": "El archivo o la solicitud es demasiado grande.",
  "error.rate.limited": "Demasiados intentos. Espere un momento y vuelva a intentar.",
  "error.auth.required": "Inicie sesión para continuar.",
  "error.auth.invalid_credentials": "Correo o contraseña incorrectos.",
  "error.auth.forbidden": "Su rol no permite esta acción.",
  "error.auth.csrf": "La sesión expiró en esta pestaña. Recargue la página e intente de nuevo.",
  "error.auth.wrong_password": "La contraseña actual no es correcta.",
  "error.resource.not_found": "No encontramos lo que busca.",
  "error.resource.conflict": "Alguien cambió estos datos al mismo tiempo. Recargue e intente de nuevo.",
  "error.user.email_taken": "Ya existe una cuenta con ese correo.",
  "error.agreement.duplicate": "Ya existe el convenio {number} de {year}.",
  "error.agenda.end_before_start": "El bloque «{title}» termina antes de empezar.",
  "error.agenda.overlap": "Los bloques «{first}» y «{second}» se cruzan en el horario.",
  "error.place.unknown_municipality": "El municipio {code} no existe en el departamento {department}.",
  "error.assembly.table_axis_duplicate": "Cada eje puede tener una sola mesa en la asamblea.",
  "error.checkin.undo_expired": "Pasaron más de 2 minutos desde el ingreso: ya no se puede deshacer.",
  "error.checkin.not_active": "Este ingreso ya fue deshecho.",
  "error.checkin.credential_invalid": "Este código QR no corresponde a ninguna inscripción de esta asamblea.",
  "error.registration.closed": "Las inscripciones para esta asamblea no están abiertas.",
  "error.registration.identity_mismatch":
    "Este documento ya está inscrito con otra fecha de nacimiento. Revise la fecha o acérquese a la mesa de registro.",
  "error.registration.not_found":
    "No encontramos una inscripción con ese documento y esa fecha de nacimiento.",
  "error.registration.data_consent_required":
    "Debe aceptar la autorización de tratamiento de datos para inscribirse.",
  "error.registration.sensitive_without_consent":
    "Los datos sensibles solo se guardan con la autorización de datos sensibles.",
  "error.registration.guardian_required":
    "Las personas menores de 18 años se inscriben con el nombre, el documento y la autorización de su representante legal.",
  "error.registration.consent_version":
    "La autorización que aceptó ya no está vigente. Recargue la página y léala de nuevo.",
  "error.registration.unknown_axis": "El eje «{code}» no existe.",
  "error.registration.extra_invalid": "Revise las preguntas adicionales del formulario.",
  "error.registration.duplicate_document":
    "Ya hay otra inscripción con el documento {type} {number} en esta asamblea.",
  "error.registration.field_type_fixed":
    "El tipo de un campo no cambia después de creado; cree un campo nuevo.",
  "error.import.unreadable": "No pudimos leer el archivo. Use el formato XLSX (Excel) o CSV.",
  "error.import.empty": "El archivo no tiene filas con datos.",
  "error.import.too_many_rows": "El archivo tiene {rows} filas; el máximo es {max} por archivo.",
  "error.import.mapping_incomplete": "Falta asignar una columna para: {fields}.",
  "error.import.mapping_duplicate": "Dos columnas están asignadas a «{field}».",
  "error.import.running": "Esta importación ya se está ejecutando.",
  "error.import.not_finished": "La importación todavía no ha terminado.",
  "error.runofday.screen_key":
    "La clave de esta pantalla no es válida. Pida el enlace nuevo a quien opera la consola.",
  "error.runofday.unknown_item": "Lo que eligió para la pantalla no pertenece a esta asamblea.",
  "error.material.file_missing": "Adjunte un archivo.",
  "error.material.file_type":
    "Solo se aceptan archivos PDF, PNG, JPG o WebP; «{name}» es de otro tipo aunque su nombre diga otra cosa.",
  "error.material.too_large": "El archivo supera el límite de 20 MB.",
  "error.material.unknown_block": "El bloque elegido no está en la agenda de esta asamblea.",
  "error.ally.duplicate": "«{institution}» ya está registrada como aliada en esta asamblea.",
  "error.experience.unknown_municipality": "El municipio {code} no existe.",
  "error.experience.unknown_criterion":
    "El criterio «{criterion}» no está en la lista de criterios de esta asamblea.",
  "error.puzzle.conflict": "Alguien cambió esta ficha mientras usted la editaba. Elija qué versión queda.",
  "error.puzzle.need_limit": "Cada sub-mesa nombra una necesidad, máximo dos.",
  "error.puzzle.plan_limit": "Cada solución tiene como máximo {max} compromisos.",
  "error.puzzle.need_missing": "La necesidad de esta solución ya no existe.",
  "error.puzzle.solution_missing": "La solución de este compromiso ya no existe.",
  "error.puzzle.phase_transition": "El temporizador no puede hacer eso ahora: {reason}.",
  "error.puzzle.spokesperson_outside_table": "La vocera o el vocero debe ser una persona de esta mesa.",
  "error.puzzle.import_other_assembly": "Este archivo es de otra asamblea.",
  "error.puzzle.no_subtables": "Esta asamblea aún no tiene sub-mesas.",
  "error.puzzle.agenda_locked":
    "La plenaria ya aprobó y bloqueó la agenda: el rompecabezas no admite más cambios. Para corregirlo, la plenaria debe reabrirla.",
  "error.report.invalid_range": "La fecha «desde» es posterior a la fecha «hasta».",
  "error.allocation.locked":
    "La distribución está bloqueada desde {lockedAt}. Para volver a generarla, desbloquéela indicando el motivo.",
  "error.allocation.not_allocated": "Esta asamblea aún no tiene distribución en mesas. Genérela primero.",
  "error.allocation.not_locked": "La distribución no está bloqueada.",
  "error.allocation.capacity_exceeded":
    "Hay {people} personas y las mesas suman {capacity} cupos. Aumente el cupo de las mesas o habilite otra.",
  "error.allocation.no_room":
    "Todas las mesas están llenas. Aumente el cupo de una mesa para ubicar a más personas.",
  "error.allocation.no_participants":
    "No hay personas para distribuir: revise las inscripciones o los ingresos.",
  "error.allocation.no_tables": "La asamblea no tiene mesas habilitadas.",
  "error.allocation.puzzle_started":
    "Las sub-mesas ya tienen {pieces} piezas del rompecabezas y volver a distribuir las borraría. Mueva a las personas una por una.",
  "error.associativity.merge_same": "Elija dos organizaciones distintas para unirlas.",
  "error.associativity.merge_ally": "Los aliados del Momento 2 no se unen con las organizaciones inscritas.",
  "error.allocation.already_seated": "{name} ya tiene puesto: mesa {table}, sub-mesa {subtable}.",
  "error.allocation.not_seated": "Esta persona aún no tiene puesto: ubíquela como llegada tarde.",
  "error.allocation.same_subtable": "La persona ya está en esa sub-mesa.",
  "error.allocation.table_full": "La mesa «{table}» está llena ({capacity} cupos).",
  "error.allocation.not_in_subtable": "Esa persona no está en esta sub-mesa.",
  "error.allocation.not_in_table": "Esa persona no está en esta mesa.",
  "error.allocation.not_group_leader": "Solo las cuentas con rol de líder de grupo pueden liderar una mesa.",
  "error.allocation.not_published": "Las mesas de esta asamblea aún no están publicadas.",
  "error.join.invalid_code":
    "Ese código no existe o ya no es válido. Revise las letras o pida el código al líder de su mesa.",
  "error.join.rate_limited": "Demasiados intentos con códigos. Espere unos minutos e intente de nuevo.",
  "error.join.required": "Este teléfono aún no está unido a una sub-mesa. Escriba el código de su sub-mesa.",
  "error.plenary.locked":
    "La agenda ya está aprobada y cerrada. Para cambiarla, reábrala indicando el motivo.",
  "error.plenary.not_locked": "La agenda no está cerrada.",
  "error.plenary.not_approved":
    "La plenaria aún no aprueba la agenda completa. Cierre una votación de la agenda completa con resultado aprobado.",
  "error.plenary.vote_open": "Hay una votación abierta. Ciérrela antes de cambiar la agenda.",
  "error.plenary.unknown_item": "Ese punto ya no está en la agenda de la mesa. Vuelva a cargar la página.",
  "error.plenary.merge_needs_two": "Elija al menos dos puntos de la misma mesa para unirlos.",
  "error.plenary.order_mismatch": "La agenda de la mesa cambió mientras la ordenaba. Vuelva a cargarla.",
  "error.plenary.nothing_to_undo": "No hay cambios para deshacer en esta mesa.",
  "error.plenary.not_published": "La agenda de esta asamblea aún no ha sido aprobada.",
  "error.vote.already_open": "Ya hay una votación abierta. Ciérrela antes de abrir otra.",
  "error.vote.closed": "La votación ya cerró.",
  "error.vote.not_digital": "Esta votación es a mano alzada: no se vota desde el teléfono.",
  "error.vote.counts_required": "Escriba los votos a favor, en contra y las abstenciones.",
  "error.vote.voter_unknown":
    "No encontramos a esa persona en esta asamblea. Revise el número o escanee su escarapela.",
  "error.vote.document_ambiguous":
    "Hay más de una inscripción con ese número. Escanee el código QR de su escarapela.",
  "error.vote.not_checked_in":
    "Solo votan las personas que registraron su ingreso. Acérquese a la mesa de registro.",
  "error.commitment.due_invalid": "Elija un mes o un trimestre entre 2024 y 2026.",
  "error.internal": "Algo falló de nuestro lado. Sus datos no se perdieron; intente de nuevo.",
  "error.network": "Sin conexión con el servidor. Sus datos siguen en el formulario.",
} satisfies Messages;
