import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { MunicipalityDto } from "../../shared/schemas/place";
import { api } from "../api/client";
import { useT } from "../i18n/lang";
import { describedBy, FieldShell } from "./Field";
import { SelectField } from "./SelectField";
import type { FieldBinding } from "./useForm";

interface Department {
  code: string;
  name: string;
}

let departmentsRequest: Promise<Department[]> | null = null;
function loadDepartments(): Promise<Department[]> {
  departmentsRequest ??= api.get<Department[]>("/api/places/departments").catch((error: unknown) => {
    departmentsRequest = null;
    throw error;
  });
  return departmentsRequest;
}

interface MunicipalitySelectProps {
  /** Binding of the department code ("81"). */
  department: FieldBinding;
  /** Binding of the municipality code ("81001"); empty until a municipality is chosen from the list. */
  municipality: FieldBinding;
}

/**
 * Department select plus a type-ahead over the DIVIPOLA municipalities (ARIA combobox: arrows move, Enter
 * picks, Escape closes). Typing without a department searches the whole country and picking fills both.
 */
export function MunicipalitySelect({ department, municipality }: MunicipalitySelectProps) {
  const t = useT();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [text, setText] = useState("");
  const [results, setResults] = useState<MunicipalityDto[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const names = useRef(new Map<string, string>());
  const listId = `${municipality.id}-options`;
  const departmentCode = department.value;
  const municipalityCode = municipality.value;

  useEffect(() => {
    loadDepartments().then(setDepartments, () => setDepartments([]));
  }, []);

  // A code set from outside (an assembly being edited) shows its name.
  useEffect(() => {
    if (!municipalityCode) return;
    const known = names.current.get(municipalityCode);
    if (known) {
      setText(known);
      return;
    }
    let current = true;
    api
      .get<MunicipalityDto[]>(
        `/api/places/municipalities?department=${municipalityCode.slice(0, 2)}&limit=2000`,
      )
      .then(
        (list) => {
          for (const m of list) names.current.set(m.code, m.name);
          if (current) setText(names.current.get(municipalityCode) ?? municipalityCode);
        },
        () => {},
      );
    return () => {
      current = false;
    };
  }, [municipalityCode]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ q: text, limit: "20" });
      if (departmentCode) query.set("department", departmentCode);
      api.get<MunicipalityDto[]>(`/api/places/municipalities?${query}`).then(
        (list) => {
          for (const m of list) names.current.set(m.code, m.name);
          if (!current) return;
          setResults(list);
          setActive(list.length ? 0 : -1);
        },
        () => current && setResults([]),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, text, departmentCode]);

  const choose = (m: MunicipalityDto) => {
    setText(m.name);
    setOpen(false);
    if (m.departmentCode !== departmentCode) department.onChange(m.departmentCode);
    municipality.onChange(m.code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    // A name typed in full counts as chosen.
    const typed = text.trim().toLocaleLowerCase("es");
    const exact = results.find((m) => m.name.toLocaleLowerCase("es") === typed);
    if (!municipalityCode && exact) choose(exact);
  };

  const expanded = open && results.length > 0;
  const { id, label, error } = municipality;
  return (
    <div className="place-picker">
      <SelectField
        {...department}
        onChange={(code) => {
          department.onChange(code);
          municipality.onChange("");
          setText("");
        }}
        placeholder={t("places.department.choose")}
        options={departments.map((d) => ({ value: d.code, label: d.name }))}
      />
      <FieldShell
        id={id}
        label={label}
        hint={t("places.municipality.hint")}
        error={error}
        className="combobox"
      >
        <input
          id={id}
          name={municipality.name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, error)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            if (municipalityCode) municipality.onChange("");
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          className="input"
        />
        <div id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!expanded}>
          {results.map((m, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the input (aria-activedescendant).
            <div
              key={m.code}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="combobox__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(m)}
            >
              {m.name}
              {departmentCode ? null : `, ${m.departmentName}`}
            </div>
          ))}
        </div>
        {/* Below the input, so the department and municipality inputs line up side by side. */}
        <p id={`${id}-hint`} className="field__hint field__hint--after">
          {t("places.municipality.hint")}
        </p>
        <p role="status" className="visually-hidden">
          {open ? t("places.municipality.results", { count: results.length }) : ""}
        </p>
      </FieldShell>
    </div>
  );
}
