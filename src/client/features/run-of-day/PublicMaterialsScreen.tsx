import "./run-of-day.css";
import { useParams } from "react-router";
import type { PublicMaterialsDto } from "../../../shared/schemas/material";
import { useApi } from "../../api/useApi";
import { useLegend } from "../../app/legend";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { materialHref } from "./BlockMaterials";

/** Public: the materials of each agenda block, for participants to open after the day. */
export default function PublicMaterialsScreen() {
  const t = useT();
  const { assemblyId = "" } = useParams();
  const { data, error, reload } = useApi<PublicMaterialsDto>(
    `/api/public/assemblies/${assemblyId}/materials`,
  );
  useLegend(data?.legend);
  return (
    <Page title={t("materials.public.title")}>
      {error ? <LoadError error={error} retry={reload} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <p className="page-meta">{data.assemblyName}</p>
          <p>{t("materials.public.intro")}</p>
          {data.blocks.length === 0 ? <p>{t("materials.public.empty")}</p> : null}
          {data.blocks.map((block) => (
            <section key={block.blockId} aria-labelledby={`pm-${block.blockId}`} className="section">
              <h2 id={`pm-${block.blockId}`}>
                {block.title}{" "}
                <span className="page-meta">
                  ({block.start}–{block.end})
                </span>
              </h2>
              <ul className="block-materials__list">
                {block.materials.map((material) => (
                  <li key={material.id}>
                    <a href={materialHref(assemblyId, material)} target="_blank" rel="noopener noreferrer">
                      {material.title}
                    </a>
                    {material.fileName ? (
                      <span className="block-materials__meta"> ({material.fileName})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : null}
    </Page>
  );
}
