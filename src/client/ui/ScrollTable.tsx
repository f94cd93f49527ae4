import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus (so it can be scrolled
 * without a mouse) and carries the table's name for screen readers.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A group, not a region: the section around it is already the landmark with this name.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, not a table.
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
