import { useCallback, useState } from "react";

const key = (assemblyId: string) => `minga.desk.${assemblyId}`;

function read(assemblyId: string): string | null {
  try {
    // This tab's desk first (two desks on one laptop), then the last desk chosen on this device.
    return sessionStorage.getItem(key(assemblyId)) ?? localStorage.getItem(key(assemblyId));
  } catch {
    return null;
  }
}

/** The desk this page works as ("Mesa 1"): chosen once, remembered by the tab and the device. */
export function useDeskLabel(assemblyId: string): [string | null, (label: string | null) => void] {
  const [label, setLabel] = useState(() => read(assemblyId));
  const choose = useCallback(
    (next: string | null) => {
      try {
        if (next) {
          sessionStorage.setItem(key(assemblyId), next);
          localStorage.setItem(key(assemblyId), next);
        } else {
          sessionStorage.removeItem(key(assemblyId));
        }
      } catch {
        // Private browsing without storage: the label lasts while the page is open.
      }
      setLabel(next);
    },
    [assemblyId],
  );
  return [label, choose];
}
