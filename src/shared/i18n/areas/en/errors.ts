import type { English } from "../../define";
import type { errors as spanish } from "../errors";

export const errors: English<typeof spanish> = {
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
  "error.experience.unknown_criterion": "Criterion “{criterion}” is not on this assembly's list of criteria.",
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
};
