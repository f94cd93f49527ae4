import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

/**
 * The phone's or laptop's camera reading a QR credential. The decoder (`@zxing/browser`) is loaded only
 * when the desk opens the camera, so the desk page stays light for USB scanners and typing.
 */
export function CameraScanner({ onScan, onClose }: { onScan: (text: string) => void; onClose: () => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const scanned = useRef(onScan);
  scanned.current = onScan;

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    import("@zxing/browser")
      .then(async ({ BrowserQRCodeReader }) => {
        if (cancelled || !video.current) return;
        const controls = await new BrowserQRCodeReader().decodeFromVideoDevice(
          undefined,
          video.current,
          (result, _error, control) => {
            if (!result) return;
            control.stop();
            scanned.current(result.getText());
          },
        );
        if (cancelled) controls.stop();
        else stop = () => controls.stop();
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <section className="desk-camera" aria-labelledby="desk-camera-title">
      <h2 id="desk-camera-title" className="visually-hidden">
        {t("checkin.camera.title")}
      </h2>
      {failure ? (
        <p role="alert" className="form-errors">
          {t("checkin.camera.failed", { reason: failure })}
        </p>
      ) : (
        <p className="field__hint">{t("checkin.camera.hint")}</p>
      )}
      <video
        ref={video}
        className="desk-camera__video"
        muted
        playsInline
        aria-label={t("checkin.camera.title")}
      />
      <Button variant="secondary" onClick={onClose}>
        {t("checkin.camera.close")}
      </Button>
    </section>
  );
}
