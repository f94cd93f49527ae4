import type { MessageKey } from "../../../shared/i18n";
import type { DeskPersonDto } from "../../../shared/schemas/checkin";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { formatClock } from "./time";

export const fullName = (person: Pick<DeskPersonDto, "firstNames" | "lastNames">) =>
  `${person.firstNames} ${person.lastNames}`;

interface PersonCardProps {
  person: DeskPersonDto;
  busy: boolean;
  onMark: (person: DeskPersonDto) => void;
}

/** One person as the desk sees them: name, masked document, organisation, seat and whether they came in. */
export function PersonCard({ person, busy, onMark }: PersonCardProps) {
  const t = useT();
  const { lang } = useLang();
  const name = fullName(person);
  return (
    <li className="card desk-person">
      <h3 className="card__title">{name}</h3>
      <dl className="desk-person__facts">
        <div>
          <dt>{t("checkin.person.document")}</dt>
          <dd>
            <abbr title={t(`catalog.documentType.${person.documentType}` as MessageKey)}>
              {person.documentType}
            </abbr>{" "}
            {person.documentMasked}
          </dd>
        </div>
        {person.organizationName ? (
          <div>
            <dt>{t("checkin.person.organization")}</dt>
            <dd>{person.organizationName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("checkin.person.seat")}</dt>
          <dd>
            {person.seat
              ? t("checkin.person.seatValue", {
                  table: `${person.seat.tablePosition}. ${person.seat.tableName}`,
                  subtable: person.seat.subtableLabel ?? "—",
                })
              : t("checkin.person.noSeat")}
          </dd>
        </div>
      </dl>
      {person.checkIn ? (
        <p className="desk-person__present">
          {t("checkin.person.present", {
            time: formatClock(person.checkIn.at, lang),
            desk: person.checkIn.desk,
          })}
        </p>
      ) : (
        <Button
          className="desk-person__mark"
          busy={busy}
          aria-label={t("checkin.person.markName", { name })}
          onClick={() => onMark(person)}
        >
          {t("checkin.person.mark")}
        </Button>
      )}
    </li>
  );
}
