import { type ReactNode, useEffect } from "react";

/** Sets the tab's title to "<title> · Minga" while the screen is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Minga`;
  }, [title]);
}

interface PageProps {
  title: string;
  /** Buttons or links beside the heading ("Nueva asamblea"). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A screen with its one <h1>. */
export function Page({ title, actions, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        {actions ? <div className="page-head__actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
