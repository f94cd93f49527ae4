import type { ReactNode } from "react";
import { ScrollTable } from "../../ui/ScrollTable";

export interface DataColumn {
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface DataRow {
  key: string;
  /** The first cell, the row's header for screen readers. */
  header: ReactNode;
  cells: ReactNode[];
}

/** A report table: the first column names each row; `columns` holds every column's header, that one's too. */
export function DataTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: DataColumn[];
  rows: DataRow[];
}) {
  const numberClass = (index: number) => (columns[index]?.numeric ? "report-table__number" : undefined);
  return (
    <ScrollTable label={label}>
      <table className="report-table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column.header} scope="col" className={numberClass(index)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns, in order.
                <td key={index} className={numberClass(index + 1)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
