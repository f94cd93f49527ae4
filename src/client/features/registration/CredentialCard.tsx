import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { RegistrationResultDto } from "../../../shared/schemas/registration";
import { useT } from "../../i18n/lang";

/** A PNG of the QR code, large enough for a phone screenshot to scan well at the desk. */
export function useQrImage(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 3, width: 480 }).then(
      (data) => current && setUrl(data),
      () => current && setUrl(null),
    );
    return () => {
      current = false;
    };
  }, [text]);
  return url;
}

interface Props {
  result: RegistrationResultDto;
  assemblyName: string;
  /** The card's heading level inside its screen. */
  headingId: string;
  heading: string;
}

/** The person's QR credential to save or screenshot: no personal data in it, only a signed code. */
export function CredentialCard({ result, assemblyName, headingId, heading }: Props) {
  const t = useT();
  const image = useQrImage(result.credential);
  const { person } = result;
  return (
    <section className="credential" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      <p className="credential__who">
        <strong>
          {person.firstNames} {person.lastInitials}
        </strong>
        <br />
        {t(`catalog.documentType.${person.documentType}`)} {person.documentMasked}
      </p>
      <p className="credential__assembly">{assemblyName}</p>
      {image ? (
        <img
          className="credential__qr"
          src={image}
          width={240}
          height={240}
          alt={t("registration.credential.alt")}
        />
      ) : null}
      <p>{t("registration.credential.save")}</p>
      {image ? (
        <a className="button button--primary" href={image} download="credencial-minga.png">
          {t("registration.credential.download")}
        </a>
      ) : null}
    </section>
  );
}
