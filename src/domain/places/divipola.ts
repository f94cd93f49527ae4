import { foldText } from "../text/normalize";

export interface Department {
  code: string;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  departmentCode: string;
  departmentName: string;
}

export interface Divipola {
  departments: Department[];
  municipalities: Municipality[];
  municipality(code: string): Municipality | undefined;
  department(code: string): Department | undefined;
  search(query: string, departmentCode?: string, limit?: number): Municipality[];
}

/** Splits one RFC 4180 line (the file quotes only fields with commas, e.g. "Bogotá, D.C."). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(current);
      current = "";
    } else current += char;
  }
  fields.push(current);
  return fields;
}

export function parseDivipola(csv: string): Divipola {
  const lines = csv.split("\n").filter((line) => line.trim() !== "");
  const municipalities: Municipality[] = lines.slice(1).map((line) => {
    const [departmentCode = "", departmentName = "", code = "", name = ""] = splitCsvLine(line);
    return { code, name, departmentCode, departmentName };
  });
  const departments = new Map<string, Department>();
  for (const m of municipalities)
    departments.set(m.departmentCode, { code: m.departmentCode, name: m.departmentName });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const folded = municipalities.map((m) => ({ m, key: foldText(`${m.name} ${m.departmentName}`) }));
  return {
    departments: [...departments.values()].sort((a, b) => a.name.localeCompare(b.name, "es")),
    municipalities,
    municipality: (code) => byCode.get(code),
    department: (code) => departments.get(code),
    search(query, departmentCode, limit = 20) {
      const q = foldText(query);
      return folded
        .filter(({ m, key }) => (!departmentCode || m.departmentCode === departmentCode) && key.includes(q))
        .sort(
          (a, b) =>
            Number(!a.key.startsWith(q)) - Number(!b.key.startsWith(q)) ||
            a.m.name.localeCompare(b.m.name, "es"),
        )
        .slice(0, limit)
        .map(({ m }) => m);
    },
  };
}
