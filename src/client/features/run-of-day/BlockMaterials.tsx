import { useState } from "react";
import type { MaterialDto } from "../../../shared/schemas/material";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { FileField } from "./FileField";

interface BlockMaterialsProps {
  assemblyId: string;
  blockId: string;
  blockTitle: string;
  materials: MaterialDto[];
  canEdit: boolean;
  onChange: () => void;
}

export const materialHref = (assemblyId: string, material: MaterialDto) =>
  material.kind === "link"
    ? (material.url ?? "#")
    : `/api/public/assemblies/${assemblyId}/materials/${material.id}/file`;

/** Momento 1 materials of one agenda block: the list, and for operators a file upload and a link form. */
export function BlockMaterials({
  assemblyId,
  blockId,
  blockTitle,
  materials,
  canEdit,
  onChange,
}: BlockMaterialsProps) {
  const t = useT();
  const upload = useForm<{ title: string; file: File | null }>(
    { title: "", file: null },
    { idPrefix: `mf-${blockId}` },
  );
  const link = useForm({ title: "", url: "" }, { idPrefix: `ml-${blockId}` });
  const [fileInput, setFileInput] = useState(0);
  const [removed, setRemoved] = useState<string | null>(null);

  const remove = async (material: MaterialDto) => {
    await api.delete(`/api/assemblies/${assemblyId}/materials/${material.id}`);
    setRemoved(t("materials.deleted"));
    onChange();
  };

  return (
    <details className="block-materials">
      <summary>
        {t("materials.count", { count: materials.length })}
        <span className="visually-hidden"> · {blockTitle}</span>
      </summary>
      {materials.length ? (
        <ul className="block-materials__list">
          {materials.map((material) => (
            <li key={material.id}>
              <a href={materialHref(assemblyId, material)} target="_blank" rel="noopener noreferrer">
                {material.title}
              </a>
              {material.fileName ? (
                <span className="block-materials__meta"> ({material.fileName})</span>
              ) : null}
              {canEdit ? (
                <Button variant="quiet" onClick={() => remove(material)}>
                  {t("materials.delete", { title: material.title })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("materials.empty")}</p>
      )}
      <Notice text={removed} />
      {canEdit ? (
        <div className="block-materials__forms">
          <form
            className="form"
            noValidate
            onSubmit={upload.submit(async (values) => {
              const data = new FormData();
              data.set("blockId", blockId);
              data.set("title", values.title);
              if (values.file) data.set("file", values.file);
              await api.post(`/api/assemblies/${assemblyId}/materials/files`, data);
              upload.setValues({ title: "", file: null });
              setFileInput((n) => n + 1);
              onChange();
              return t("materials.added");
            })}
          >
            <FormErrors form={upload} />
            <TextField {...upload.field("title", t("materials.field.title"))} required />
            <FileField
              key={fileInput}
              id={upload.idFor("file")}
              label={t("materials.file")}
              error={upload.error?.fields.file}
              onChange={(file) => upload.set("file", file)}
            />
            <div className="form__actions">
              <Button type="submit" busy={upload.busy}>
                {t("materials.upload")}
              </Button>
            </div>
            <Notice text={upload.notice} />
          </form>
          <form
            className="form"
            noValidate
            onSubmit={link.submit(async (values) => {
              await api.post(`/api/assemblies/${assemblyId}/materials/links`, { blockId, ...values });
              link.setValues({ title: "", url: "" });
              onChange();
              return t("materials.added");
            })}
          >
            <FormErrors form={link} />
            <TextField {...link.field("title", t("materials.field.title"))} required />
            <TextField
              {...link.field("url", t("materials.field.url"))}
              type="text"
              inputMode="url"
              required
            />
            <div className="form__actions">
              <Button type="submit" variant="secondary" busy={link.busy}>
                {t("materials.addLink")}
              </Button>
            </div>
            <Notice text={link.notice} />
          </form>
        </div>
      ) : null}
    </details>
  );
}
