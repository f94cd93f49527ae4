import { defineMessages } from "../define";

export const errors = defineMessages(
  {
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
    "error.checkin.credential_invalid":
      "Este código QR no corresponde a ninguna inscripción de esta asamblea.",
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
    "error.associativity.merge_ally":
      "Los aliados del Momento 2 no se unen con las organizaciones inscritas.",
    "error.allocation.already_seated": "{name} ya tiene puesto: mesa {table}, sub-mesa {subtable}.",
    "error.allocation.not_seated": "Esta persona aún no tiene puesto: ubíquela como llegada tarde.",
    "error.allocation.same_subtable": "La persona ya está en esa sub-mesa.",
    "error.allocation.table_full": "La mesa «{table}» está llena ({capacity} cupos).",
    "error.allocation.not_in_subtable": "Esa persona no está en esta sub-mesa.",
    "error.allocation.not_in_table": "Esa persona no está en esta mesa.",
    "error.allocation.not_group_leader":
      "Solo las cuentas con rol de líder de grupo pueden liderar una mesa.",
    "error.allocation.not_published": "Las mesas de esta asamblea aún no están publicadas.",
    "error.join.invalid_code":
      "Ese código no existe o ya no es válido. Revise las letras o pida el código al líder de su mesa.",
    "error.join.rate_limited": "Demasiados intentos con códigos. Espere unos minutos e intente de nuevo.",
    "error.join.required":
      "Este teléfono aún no está unido a una sub-mesa. Escriba el código de su sub-mesa.",
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
  },
  {
    "error.request.invalid": "Please check the data: some fields have errors.",
    "error.request.malformed": "The request could not be read.",
    "error.request.too_large": "The file or request is too large.",
    "error.rate.limited": "Too many attempts. Wait a moment and try again.",
    "error.auth.required": "Please sign in to continue.",
    "error.auth.invalid_credentials": "Wrong email or password.",
    "error.auth.forbidden": "Your role does not allow this action.",
    "error.auth.csrf": "This tab's session expired. Reload the page and try again.",
    "error.auth.wrong_password": "The current password is not correct.",
    "error.resource.not_found": "We could not find what you are looking for.",
    "error.resource.conflict": "Someone changed this data at the same time. Reload and try again.",
    "error.user.email_taken": "An account with that email already exists.",
    "error.agreement.duplicate": "Agreement {number} of {year} already exists.",
    "error.agenda.end_before_start": "Block “{title}” ends before it starts.",
    "error.agenda.overlap": "Blocks “{first}” and “{second}” overlap.",
    "error.place.unknown_municipality": "Municipality {code} does not exist in department {department}.",
    "error.assembly.table_axis_duplicate": "Each axis can have only one table in the assembly.",
    "error.checkin.undo_expired":
      "More than 2 minutes have passed since the check-in: it can no longer be undone.",
    "error.checkin.not_active": "This check-in was already undone.",
    "error.checkin.credential_invalid": "This QR code does not match any registration of this assembly.",
    "error.registration.closed": "Registration for this assembly is not open.",
    "error.registration.identity_mismatch":
      "This document is already registered with another date of birth. Check the date or go to the registration desk.",
    "error.registration.not_found": "We found no registration with that document and date of birth.",
    "error.registration.data_consent_required":
      "You must accept the data processing authorisation to register.",
    "error.registration.sensitive_without_consent":
      "Sensitive data is stored only with the sensitive data authorisation.",
    "error.registration.guardian_required":
      "People under 18 register with the name, document and authorisation of their legal representative.",
    "error.registration.consent_version":
      "The authorisation you accepted is no longer current. Reload the page and read it again.",
    "error.registration.unknown_axis": "Axis “{code}” does not exist.",
    "error.registration.extra_invalid": "Check the additional questions of the form.",
    "error.registration.duplicate_document":
      "Another registration with document {type} {number} exists in this assembly.",
    "error.registration.field_type_fixed": "A field's type cannot change once created; create a new field.",
    "error.import.unreadable": "We could not read the file. Use XLSX (Excel) or CSV.",
    "error.import.empty": "The file has no data rows.",
    "error.import.too_many_rows": "The file has {rows} rows; the maximum is {max} per file.",
    "error.import.mapping_incomplete": "Assign a column for: {fields}.",
    "error.import.mapping_duplicate": "Two columns are assigned to “{field}”.",
    "error.import.running": "This import is already running.",
    "error.import.not_finished": "The import has not finished yet.",
    "error.runofday.screen_key":
      "This screen's key is not valid. Ask whoever runs the console for the new link.",
    "error.runofday.unknown_item": "What you chose for the screen does not belong to this assembly.",
    "error.material.file_missing": "Attach a file.",
    "error.material.file_type":
      "Only PDF, PNG, JPG or WebP files are accepted; “{name}” is of another type whatever its name says.",
    "error.material.too_large": "The file exceeds the 20 MB limit.",
    "error.material.unknown_block": "The chosen block is not in this assembly's agenda.",
    "error.ally.duplicate": "“{institution}” is already registered as an ally of this assembly.",
    "error.experience.unknown_municipality": "Municipality {code} does not exist.",
    "error.experience.unknown_criterion":
      "Criterion “{criterion}” is not on this assembly's list of criteria.",
    "error.puzzle.conflict":
      "Someone changed this piece while you were editing it. Choose which version stays.",
    "error.puzzle.need_limit": "Each sub-table names one need, two at most.",
    "error.puzzle.plan_limit": "Each solution has at most {max} commitments.",
    "error.puzzle.need_missing": "The need of this solution no longer exists.",
    "error.puzzle.solution_missing": "The solution of this commitment no longer exists.",
    "error.puzzle.phase_transition": "The timer cannot do that now: {reason}.",
    "error.puzzle.spokesperson_outside_table": "The spokesperson must be a person of this table.",
    "error.puzzle.import_other_assembly": "This file belongs to another assembly.",
    "error.puzzle.no_subtables": "This assembly has no sub-tables yet.",
    "error.puzzle.agenda_locked":
      "The plenary approved and locked the agenda: the puzzle takes no more changes. To correct it, the plenary must reopen it.",
    "error.report.invalid_range": "The “from” date is after the “to” date.",
    "error.allocation.locked":
      "The allocation is locked since {lockedAt}. To run it again, unlock it giving the reason.",
    "error.allocation.not_allocated": "This assembly has no table allocation yet. Generate it first.",
    "error.allocation.not_locked": "The allocation is not locked.",
    "error.allocation.capacity_exceeded":
      "There are {people} people and the tables hold {capacity}. Raise the tables' capacity or enable another table.",
    "error.allocation.no_room": "Every table is full. Raise a table's capacity to seat more people.",
    "error.allocation.no_participants": "There is nobody to allocate: check the registrations or check-ins.",
    "error.allocation.no_tables": "The assembly has no enabled tables.",
    "error.allocation.puzzle_started":
      "The sub-tables already hold {pieces} puzzle pieces and allocating again would erase them. Move people one by one.",
    "error.associativity.merge_same": "Choose two different organisations to merge.",
    "error.associativity.merge_ally": "Allies of Momento 2 are not merged with registered organisations.",
    "error.allocation.already_seated": "{name} already has a seat: table {table}, sub-table {subtable}.",
    "error.allocation.not_seated": "This person has no seat yet: place them as a late arrival.",
    "error.allocation.same_subtable": "The person is already in that sub-table.",
    "error.allocation.table_full": "Table “{table}” is full ({capacity} places).",
    "error.allocation.not_in_subtable": "That person is not in this sub-table.",
    "error.allocation.not_in_table": "That person is not in this table.",
    "error.allocation.not_group_leader": "Only group leader accounts can lead a table.",
    "error.allocation.not_published": "This assembly's tables are not published yet.",
    "error.join.invalid_code":
      "That code does not exist or is no longer valid. Check the letters or ask your table leader.",
    "error.join.rate_limited": "Too many attempts with codes. Wait a few minutes and try again.",
    "error.join.required": "This phone has not joined a sub-table yet. Type your sub-table's code.",
    "error.plenary.locked":
      "The agenda is already approved and locked. To change it, reopen it giving the reason.",
    "error.plenary.not_locked": "The agenda is not locked.",
    "error.plenary.not_approved":
      "The plenary has not approved the whole agenda yet. Close a vote on the whole agenda with an approved result.",
    "error.plenary.vote_open": "A vote is open. Close it before changing the agenda.",
    "error.plenary.unknown_item": "That point is no longer on the table's agenda. Reload the page.",
    "error.plenary.merge_needs_two": "Choose at least two points of the same table to merge them.",
    "error.plenary.order_mismatch": "The table's agenda changed while you were ordering it. Reload it.",
    "error.plenary.nothing_to_undo": "There are no changes to undo on this table.",
    "error.plenary.not_published": "This assembly's agenda has not been approved yet.",
    "error.vote.already_open": "A vote is already open. Close it before opening another.",
    "error.vote.closed": "The vote has closed.",
    "error.vote.not_digital": "This is a show-of-hands vote: there is no voting from phones.",
    "error.vote.counts_required": "Enter the votes for, against and the abstentions.",
    "error.vote.voter_unknown":
      "We could not find that person in this assembly. Check the number or scan your badge.",
    "error.vote.document_ambiguous":
      "More than one registration has that number. Scan the QR code on your badge.",
    "error.vote.not_checked_in": "Only people who checked in may vote. Please go to the registration desk.",
    "error.commitment.due_invalid": "Choose a month or a quarter between 2024 and 2026.",
    "error.internal": "Something failed on our side. Your data was not lost; try again.",
    "error.network": "No connection to the server. Your data is still in the form.",
  },
);
