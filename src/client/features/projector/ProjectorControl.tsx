import { useState } from "react";
import type { AssemblyDto } from "../../../shared/schemas/assembly";
import type { ExperienceDto } from "../../../shared/schemas/experience";
import type {
  ProjectorControl as Control,
  ProjectorConsoleDto,
  ProjectorStateDto,
  ProjectorView,
} from "../../../shared/schemas/projector";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FieldShell } from "../../ui/Field";
import { Notice } from "../../ui/Notice";
import { SelectField } from "../../ui/SelectField";
import { SlidesEditor } from "./SlidesEditor";

interface ProjectorControlProps {
  assembly: AssemblyDto;
  console: ProjectorConsoleDto;
  experiences: ExperienceDto[];
  onChange: (console: ProjectorConsoleDto) => void;
  reload: () => void;
}

export const projectorUrl = (assemblyId: string, key: string, screen = "proyector") =>
  `${window.location.origin}/${screen}/${assemblyId}?key=${encodeURIComponent(key)}`;

/** The console's remote control of the plenary screen: its link, what it shows, and the slides. */
export function ProjectorControl({
  assembly,
  console,
  experiences,
  onChange,
  reload,
}: ProjectorControlProps) {
  const t = useT();
  const { state } = console;
  const [slideId, setSlideId] = useState(state.slideId ?? "");
  const [experienceId, setExperienceId] = useState(state.experienceId ?? "");
  const [tableId, setTableId] = useState(state.tableId ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const url = projectorUrl(assembly.id, console.screenKey);

  const show = async (view: ProjectorView, ids: Partial<Control> = {}) => {
    setFailure(null);
    try {
      const next = await api.put<ProjectorStateDto>(`/api/assemblies/${assembly.id}/projector`, {
        view,
        ...ids,
      });
      onChange({ ...console, state: next });
      setMessage(t("projector.control.switched", { view: t(`projector.view.${view}`) }));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };

  const rotate = async () => {
    onChange(await api.post<ProjectorConsoleDto>(`/api/assemblies/${assembly.id}/projector/key`));
    setMessage(t("projector.control.rotated"));
  };

  const copy = async () => {
    await navigator.clipboard?.writeText(url);
    setMessage(t("projector.control.copied"));
  };

  const pressed = (view: ProjectorView) => state.view === view;
  const selectBinding = (id: string, label: string, value: string, onValue: (v: string) => void) => ({
    id,
    name: id,
    label,
    value,
    onChange: onValue,
  });

  return (
    <div className="projector-control">
      <FieldShell id="projector-link" label={t("projector.control.link")}>
        <input
          id="projector-link"
          className="input"
          readOnly
          value={url}
          onFocus={(e) => e.target.select()}
        />
      </FieldShell>
      <div className="form__actions">
        <Button variant="secondary" onClick={copy}>
          {t("projector.control.copy")}
        </Button>
        <a className="button button--secondary" href={url} target="_blank" rel="noopener noreferrer">
          {t("projector.control.open")}
        </a>
        <a
          className="button button--secondary"
          href={projectorUrl(assembly.id, console.screenKey, "asistencia")}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t("projector.control.openAttendance")}
        </a>
        <Button variant="quiet" onClick={rotate}>
          {t("projector.control.rotate")}
        </Button>
      </div>
      <p className="projector-control__now">
        <strong>{t("projector.control.showing", { view: t(`projector.view.${state.view}`) })}</strong>
      </p>
      {failure ? (
        <div role="alert" className="form-errors">
          <p className="form-errors__title">{failure}</p>
        </div>
      ) : null}
      <Notice text={message} />
      <div className="projector-control__views">
        <Button
          variant={pressed("welcome") ? "primary" : "secondary"}
          aria-pressed={pressed("welcome")}
          onClick={() => show("welcome")}
        >
          {t("projector.view.welcome")}
        </Button>
        <Button
          variant={pressed("block") ? "primary" : "secondary"}
          aria-pressed={pressed("block")}
          onClick={() => show("block")}
        >
          {t("projector.view.block")}
        </Button>
      </div>
      <div className="projector-control__pick">
        <SelectField
          {...selectBinding("projector-slide", t("projector.control.slide"), slideId, setSlideId)}
          placeholder={t("common.choose")}
          options={console.slides.map((s) => ({
            value: s.id,
            label: s.title || t(`projector.slides.kind.${s.kind}`),
          }))}
        />
        <Button
          variant={pressed("slide") ? "primary" : "secondary"}
          aria-pressed={pressed("slide")}
          onClick={() => show("slide", { slideId: slideId || null })}
        >
          {t("projector.view.slide")}
        </Button>
      </div>
      <div className="projector-control__pick">
        <SelectField
          {...selectBinding(
            "projector-experience",
            t("projector.control.experience"),
            experienceId,
            setExperienceId,
          )}
          placeholder={t("common.choose")}
          options={experiences.map((e) => ({ value: e.id, label: `${e.position}. ${e.organization}` }))}
        />
        <Button
          variant={pressed("experience_timer") ? "primary" : "secondary"}
          aria-pressed={pressed("experience_timer")}
          onClick={() => show("experience_timer", { experienceId: experienceId || null })}
        >
          {t("projector.view.experience_timer")}
        </Button>
      </div>
      <div className="projector-control__pick">
        <SelectField
          {...selectBinding("projector-table", t("projector.control.table"), tableId, setTableId)}
          placeholder={t("projector.control.allTables")}
          options={assembly.tables
            .filter((tb) => tb.enabled)
            .map((tb) => ({ value: tb.id, label: `${tb.position}. ${tb.name}` }))}
        />
        <Button
          variant={pressed("puzzle") ? "primary" : "secondary"}
          aria-pressed={pressed("puzzle")}
          onClick={() => show("puzzle", { tableId: tableId || null })}
        >
          {t("projector.view.puzzle")}
        </Button>
      </div>
      <SlidesEditor
        assemblyId={assembly.id}
        slides={console.slides}
        onShow={(id) => show("slide", { slideId: id })}
        reload={reload}
      />
    </div>
  );
}
