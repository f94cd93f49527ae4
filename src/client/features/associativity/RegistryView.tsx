import { useState } from "react";
import type {
  PossibleDuplicateDto,
  RegistryDto,
  RegistryOrganizationDto,
} from "../../../shared/schemas/associativity";
import { api } from "../../api/client";
import { ApiError } from "../../api/errors";
import { useApi } from "../../api/useApi";
import { useLang, useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Notice } from "../../ui/Notice";
import { TextField } from "../../ui/TextField";
import { useAssembly } from "../assemblies/assembly-context";

/** The organisations of the assembly, de-duplicated; the operator merges the possible duplicates left. */
export function RegistryView({ canMerge }: { canMerge: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { assembly } = useAssembly();
  const base = `/api/assemblies/${assembly.id}/organizations`;
  const registry = useApi<RegistryDto>(base);
  const [filter, setFilter] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (work: () => Promise<string>) => {
    setFailure(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice(null);
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  const merge = (target: RegistryOrganizationDto, merged: RegistryOrganizationDto) =>
    run(async () => {
      registry.setData(
        await api.post<RegistryDto>(`${base}/merge`, { targetId: target.id, mergedId: merged.id }),
      );
      return t("associativity.registry.merged", { merged: merged.name, target: target.name });
    });
  const keepApart = (pair: PossibleDuplicateDto) =>
    run(async () => {
      await api.post(`${base}/distinct`, { firstId: pair.first.id, secondId: pair.second.id });
      registry.reload();
      return t("associativity.registry.keptApart");
    });

  if (registry.error) return <LoadError error={registry.error} retry={registry.reload} />;
  if (!registry.data) return <Loading />;
  const { organizations, duplicates, merges } = registry.data;
  const folded = filter.trim().toLocaleLowerCase("es");
  const shown = folded
    ? organizations.filter((o) =>
        [o.name, ...o.declaredNames].some((name) => name.toLocaleLowerCase("es").includes(folded)),
      )
    : organizations;

  return (
    <>
      <section aria-labelledby="registry-duplicates" className="section">
        <h2 id="registry-duplicates">{t("associativity.registry.duplicates")}</h2>
        <p>{t("associativity.registry.intro")}</p>
        <Notice text={notice} />
        {failure ? (
          <p role="alert" className="form-errors">
            {failure}
          </p>
        ) : null}
        {duplicates.length === 0 ? <p>{t("associativity.registry.duplicatesEmpty")}</p> : null}
        <ul className="cards">
          {duplicates.map((pair) => (
            <DuplicateCard
              key={`${pair.first.id}/${pair.second.id}`}
              pair={pair}
              canMerge={canMerge}
              onMerge={merge}
              onKeepApart={keepApart}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="registry-list" className="section">
        <h2 id="registry-list">{t("associativity.registry.title")}</h2>
        <p className="page-meta">{t("associativity.registry.count", { count: organizations.length })}</p>
        <TextField
          id="registry-filter"
          name="filter"
          type="search"
          label={t("associativity.registry.filter")}
          value={filter}
          onChange={setFilter}
        />
        <ul className="registry">
          {shown.map((organization) => (
            <li key={organization.id} className="registry__item">
              <OrganizationFacts organization={organization} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="registry-history" className="section">
        <h2 id="registry-history">{t("associativity.registry.history")}</h2>
        {merges.length === 0 ? <p>{t("associativity.registry.historyEmpty")}</p> : null}
        <ul>
          {merges.map((m) => (
            <li key={m.id}>
              {t("associativity.registry.historyItem", {
                merged: m.mergedName,
                target: m.targetName,
                by: m.mergedBy ?? "—",
                at: new Date(m.mergedAt).toLocaleString(lang === "es" ? "es-CO" : "en-GB", {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "America/Bogota",
                }),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function OrganizationFacts({ organization }: { organization: RegistryOrganizationDto }) {
  const t = useT();
  return (
    <>
      <p className="suggestion__name">
        {organization.name}
        {organization.source === "ally" ? (
          <span className="suggestion__badge">{t("associativity.ally")}</span>
        ) : null}
      </p>
      <p className="suggestion__meta">
        {[
          organization.municipalityName,
          organization.memberCount > 0
            ? t("associativity.members", { count: organization.memberCount })
            : null,
          organization.nit ? t("associativity.registry.nit", { nit: organization.nit }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {organization.declaredNames.length > 0 ? (
        <p className="suggestion__meta">
          {t("associativity.registry.declaredAs", { names: organization.declaredNames.join("; ") })}
        </p>
      ) : null}
    </>
  );
}

interface DuplicateCardProps {
  pair: PossibleDuplicateDto;
  canMerge: boolean;
  onMerge: (target: RegistryOrganizationDto, merged: RegistryOrganizationDto) => void;
  onKeepApart: (pair: PossibleDuplicateDto) => void;
}

/** Two organisations that may be one: their facts side by side, which name to keep, merge or keep apart. */
function DuplicateCard({ pair, canMerge, onMerge, onKeepApart }: DuplicateCardProps) {
  const t = useT();
  const both = [pair.first, pair.second];
  const [keep, setKeep] = useState(
    pair.first.memberCount >= pair.second.memberCount ? pair.first.id : pair.second.id,
  );
  const target = both.find((o) => o.id === keep)!;
  const merged = both.find((o) => o.id !== keep)!;
  const name = `keep-${pair.first.id}-${pair.second.id}`;
  return (
    <li className="card">
      <div className="duplicate">
        {both.map((organization) => (
          <div key={organization.id} className="duplicate__side">
            <OrganizationFacts organization={organization} />
          </div>
        ))}
      </div>
      {canMerge ? (
        <>
          <fieldset className="keep-choices">
            <legend className="field__label">{t("associativity.registry.keepHint")}</legend>
            {both.map((organization) => (
              <div key={organization.id} className="keep-choice">
                <input
                  id={`${name}-${organization.id}`}
                  type="radio"
                  name={name}
                  checked={keep === organization.id}
                  onChange={() => setKeep(organization.id)}
                />
                <label htmlFor={`${name}-${organization.id}`}>
                  {t("associativity.registry.keep", { name: organization.name })}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="card__actions">
            <Button onClick={() => onMerge(target, merged)}>{t("associativity.registry.merge")}</Button>
            <Button variant="secondary" onClick={() => onKeepApart(pair)}>
              {t("associativity.registry.distinct")}
            </Button>
          </div>
        </>
      ) : null}
    </li>
  );
}
