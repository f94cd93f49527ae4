import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";

// The browser's barcode reader (Chrome on Android): not in TypeScript's DOM types yet.
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;
const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

/** Reads the QR code of the person's badge with the phone's camera, where the browser can; else says to type. */
export function BadgeScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const found = useRef(onCode);
  found.current = onCode;

  useEffect(() => {
    if (!scanning || !Detector) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const detector = new Detector({ formats: ["qr_code"] });
    const look = async () => {
      if (stopped || !video.current) return;
      const [code] = await detector.detect(video.current).catch(() => []);
      if (code?.rawValue) {
        setScanning(false);
        found.current(code.rawValue);
      } else {
        setTimeout(look, 300);
      }
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        void look();
      })
      .catch(() => {
        setFailed(true);
        setScanning(false);
      });
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [scanning]);

  if (!Detector || failed) return <p className="field__hint">{t("votes.voter.scanUnsupported")}</p>;
  return (
    <div>
      {scanning ? (
        <>
          <p className="field__hint">{t("votes.voter.scanHint")}</p>
          <video
            ref={video}
            className="voter__video"
            muted
            playsInline
            aria-label={t("votes.voter.scanHint")}
          />
          <Button variant="secondary" onClick={() => setScanning(false)}>
            {t("votes.voter.scanStop")}
          </Button>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setScanning(true)}>
          {t("votes.voter.scan")}
        </Button>
      )}
    </div>
  );
}
