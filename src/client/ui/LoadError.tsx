import type { ApiError } from "../api/errors";
import { useT } from "../i18n/lang";
import { Button } from "./Button";

/** A GET that failed: its message and, when it may pass, a retry. */
export function LoadError({ error, retry }: { error: ApiError; retry?: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="form-errors">
      <p className="form-errors__title">{error.message}</p>
      {retry && error.code !== "resource.not_found" ? (
        <Button variant="secondary" onClick={retry}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
