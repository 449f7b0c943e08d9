// A sortable table: click (or Enter on) a header to sort by that column (again to reverse; nulls always last);
// rows are focusable and selectable with click, Enter or Space; arrow keys move between rows.

import { append, clear, el, type Child } from "../dom";

export type SortDir = "asc" | "desc";
export interface SortState {
  column: string;
  dir: SortDir;
}

export interface Column<R> {
  id: string;
  label: string;
  /** Explains the column (header tooltip). */
  title?: string;
  numeric?: boolean;
  sortable?: boolean;
  sortValue: (r: R) => number | string | null;
  render: (r: R) => Child | Child[];
  /** Value written to CSV (default: sortValue). */
  csv?: (r: R) => string | number | null;
  className?: string;
}

export interface TableOptions<R> {
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => number | string;
  sort: SortState;
  onSort?: (s: SortState) => void;
  selected?: number | string | null;
  onRowClick?: (r: R) => void;
  ariaLabel: string;
}

export function compareValues(a: number | string | null, b: number | string | null, dir: SortDir): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1; // nulls last in both directions
  if (b === null) return -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });
  return dir === "asc" ? c : -c;
}

/** Rows sorted by a column (stable). */
export function sortRows<R>(rows: readonly R[], columns: readonly Column<R>[], sort: SortState): R[] {
  const col = columns.find((c) => c.id === sort.column);
  if (!col) return [...rows];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareValues(col.sortValue(a.r), col.sortValue(b.r), sort.dir) || a.i - b.i)
    .map((x) => x.r);
}

/** Table rows as CSV cells (header first), in display order. */
export function tableCells<R>(rows: readonly R[], columns: readonly Column<R>[]): (string | number | null)[][] {
  return [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => (c.csv ? c.csv(r) : c.sortValue(r))))];
}

export interface TableHandle<R> {
  element: HTMLElement;
  setSelected(key: number | string | null): void;
  rowsInOrder(): R[];
}

export function sortableTable<R>(o: TableOptions<R>): TableHandle<R> {
  const sorted = sortRows(o.rows, o.columns, o.sort);
  const table = el("table", { class: "tbt-table", "aria-label": o.ariaLabel });
  const thead = el("thead");
  const hr = el("tr");
  for (const c of o.columns) {
    const active = o.sort.column === c.id;
    const th = el("th", {
      scope: "col",
      class: `${c.numeric ? "tbt-num" : ""} ${c.className ?? ""}`.trim() || null,
      "aria-sort": active ? (o.sort.dir === "asc" ? "ascending" : "descending") : c.sortable === false ? null : "none",
      title: c.title ?? null,
    });
    if (c.sortable === false) th.textContent = c.label;
    else {
      const btn = el(
        "button",
        { type: "button", class: `tbt-sort${active ? " tbt-sort-active" : ""}`, "data-column": c.id },
        c.label,
        el("span", { class: "tbt-sort-arrow", "aria-hidden": "true" }, active ? (o.sort.dir === "asc" ? "▲" : "▼") : "↕"),
      );
      btn.addEventListener("click", () => {
        const dir: SortDir = active ? (o.sort.dir === "asc" ? "desc" : "asc") : c.numeric ? "desc" : "asc";
        o.onSort?.({ column: c.id, dir });
      });
      th.appendChild(btn);
    }
    hr.appendChild(th);
  }
  thead.appendChild(hr);
  table.appendChild(thead);
  const tbody = el("tbody");
  const trs: HTMLTableRowElement[] = [];
  for (const r of sorted) {
    const key = o.rowKey(r);
    const tr = el("tr", { tabindex: o.onRowClick ? 0 : null, "data-key": String(key) });
    for (const c of o.columns) {
      const td = el("td", { class: `${c.numeric ? "tbt-num" : ""} ${c.className ?? ""}`.trim() || null });
      append(td, c.render(r));
      tr.appendChild(td);
    }
    if (o.onRowClick) {
      tr.addEventListener("click", () => o.onRowClick!(r));
      tr.addEventListener("keydown", (e: KeyboardEvent) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          o.onRowClick!(r);
        } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          const next = (e.key === "ArrowDown" ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null;
          next?.focus();
        }
      });
    }
    trs.push(tr);
    tbody.appendChild(tr);
  }
  table.appendChild(tbody);

  const setSelected = (key: number | string | null) => {
    for (const tr of trs) {
      const on = key !== null && tr.dataset.key === String(key);
      tr.classList.toggle("tbt-selected", on);
      tr.setAttribute("aria-selected", on ? "true" : "false");
    }
  };
  setSelected(o.selected ?? null);
  return { element: table, setSelected, rowsInOrder: () => sorted };
}

/** Replaces a container's content with a table, keeping its scroll position. */
export function replaceKeepingScroll(container: HTMLElement, node: Node): void {
  const top = container.scrollTop;
  const left = container.scrollLeft;
  clear(container);
  container.appendChild(node);
  container.scrollTop = top;
  container.scrollLeft = left;
}
