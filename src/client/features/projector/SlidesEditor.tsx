import { useState } from "react";
import type { SlideDto } from "../../../shared/schemas/projector";
import { api } from "../../api/client";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { FormErrors } from "../../ui/FormErrors";
import { Notice } from "../../ui/Notice";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { FileField } from "../run-of-day/FileField";

interface SlidesEditorProps {
  assemblyId: string;
  slides: SlideDto[];
  onShow: (slideId: string) => void;
  reload: () => void;
}

/** The slides the operator projects: campaign images and PDF pages uploaded, images and videos by link. */
export function SlidesEditor({ assemblyId, slides, onShow, reload }: SlidesEditorProps) {
  const t = useT();
  const upload = useForm<{ title: string; file: File | null }>(
    { title: "", file: null },
    { idPrefix: "slide-file" },
  );
  const link = useForm({ title: "", url: "" }, { idPrefix: "slide-link" });
  const [fileInput, setFileInput] = useState(0);
  const base = `/api/assemblies/${assemblyId}/slides`;

  const move = async (index: number, by: number) => {
    const ids = slides.map((s) => s.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    await api.put(`${base}/order`, { ids });
    reload();
  };
  const remove = async (slide: SlideDto) => {
    await api.delete(`${base}/${slide.id}`);
    reload();
  };

  return (
    <section aria-labelledby="slides-title" className="slides-editor">
      <h3 id="slides-title">{t("projector.slides")}</h3>
      {slides.length ? (
        <ol className="slides-editor__list">
          {slides.map((slide, index) => {
            const title = slide.title || t(`projector.slides.kind.${slide.kind}`);
            return (
              <li key={slide.id} className="slides-editor__item">
                <p>
                  <span className="run-status">{t(`projector.slides.kind.${slide.kind}`)}</span> {title}
                </p>
                <div className="row-card__actions">
                  <Button onClick={() => onShow(slide.id)}>{t("projector.slides.show", { title })}</Button>
                  <Button variant="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                    <span aria-hidden="true">↑</span>
                    <span className="visually-hidden">{t("projector.slides.moveUp", { title })}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={index === slides.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="visually-hidden">{t("projector.slides.moveDown", { title })}</span>
                  </Button>
                  <Button variant="danger" onClick={() => remove(slide)}>
                    {t("projector.slides.delete", { title })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t("projector.slides.empty")}</p>
      )}
      <form
        className="form"
        noValidate
        onSubmit={upload.submit(async (values) => {
          const data = new FormData();
          data.set("title", values.title);
          if (values.file) data.set("file", values.file);
          await api.post(base, data);
          upload.setValues({ title: "", file: null });
          setFileInput((n) => n + 1);
          reload();
          return t("projector.slides.added");
        })}
      >
        <FormErrors form={upload} />
        <TextField {...upload.field("title", t("materials.field.title"))} />
        <FileField
          key={fileInput}
          id={upload.idFor("file")}
          label={t("projector.slides.file")}
          error={upload.error?.fields.file}
          onChange={(file) => upload.set("file", file)}
        />
        <div className="form__actions">
          <Button type="submit" busy={upload.busy}>
            {t("projector.slides.upload")}
          </Button>
        </div>
        <Notice text={upload.notice} />
      </form>
      <form
        className="form"
        noValidate
        onSubmit={link.submit(async (values) => {
          await api.post(`${base}/links`, values);
          link.setValues({ title: "", url: "" });
          reload();
          return t("projector.slides.added");
        })}
      >
        <FormErrors form={link} />
        <TextField {...link.field("title", t("materials.field.title"))} />
        <TextField {...link.field("url", t("projector.slides.link"))} inputMode="url" required />
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={link.busy}>
            {t("projector.slides.addLink")}
          </Button>
        </div>
        <Notice text={link.notice} />
      </form>
    </section>
  );
}
