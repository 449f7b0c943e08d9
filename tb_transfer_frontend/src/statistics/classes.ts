// The per-class table of one run at the selected step: accuracy on the source and target probes, their difference
// and the most frequent target confusions; sortable, and a click on a row selects the class in every view.

import { clear, el } from "../dom";
import { replaceKeepingScroll, sortableTable, tableCells, type Column, type SortState, type TableHandle } from "../charts/table";
import { registerPanel } from "../panels";
import { setClass } from "../store";
import { classRows, pct, pp, type ClassRow } from "../transforms";
import type { Statistics } from "../types";
import type { View } from "../view";
import { statPanel } from "./level";

/** The table's columns for a run's class names. */
function classColumns(stats: Statistics): Column<ClassRow>[] {
  const names = stats.class_names;
  const bar = (v: number | null, cls: string) => {
    const cell = el("span", { class: `tbt-bar-cell ${cls}` }, el("span", { class: "tbt-bar-value" }, pct(v)));
    const b = el("span", { class: "tbt-bar", "aria-hidden": "true" });
    b.style.width = `${Math.round((v ?? 0) * 100)}%`;
    cell.prepend(b);
    return cell;
  };
  return [
    {
      id: "name",
      label: "Class",
      sortValue: (r) => r.index,
      render: (r) => el("span", { class: "tbt-class-name" }, r.name),
      csv: (r) => r.name,
    },
    { id: "source", label: "Source acc.", numeric: true, sortValue: (r) => r.source, render: (r) => bar(r.source, "tbt-bar-source"), title: "Accuracy on the source probe instances of the class" },
    { id: "target", label: "Target acc.", numeric: true, sortValue: (r) => r.target, render: (r) => bar(r.target, "tbt-bar-target"), title: "Accuracy on the target probe instances of the class" },
    {
      id: "diff",
      label: "Diff.",
      numeric: true,
      title: "Target accuracy − source accuracy (percentage points)",
      sortValue: (r) => r.diff,
      render: (r) => el("span", { class: r.diff === null ? "" : r.diff < -0.1 ? "tbt-bad" : r.diff > 0.1 ? "tbt-good" : "" }, pp(r.diff)),
    },
    {
      id: "errors",
      label: "Top target confusions",
      title: "Most frequent wrong predictions for the class's target instances (predicted class: count); sorts by the number of errors",
      sortValue: (r) => r.errors,
      render: (r) =>
        r.confusions.length
          ? r.confusions.map((c) =>
              el(
                "span",
                { class: "tbt-tag", title: `${c.count} target instance(s) of ${r.name} predicted as ${names[c.predicted] ?? c.predicted}` },
                `${names[c.predicted] ?? c.predicted}: ${c.count}`,
              ),
            )
          : el("span", { class: "tbt-muted" }, r.errors === null ? "–" : "none"),
      csv: (r) => r.confusions.map((c) => `${names[c.predicted] ?? c.predicted}: ${c.count}`).join("; "),
    },
  ];
}

registerPanel({
  id: "stat-classes",
  section: "statistical",
  title: "Per-class performance",
  span: 5,
  order: 40,
  info: "Accuracy per class on the source and target probe sets at the selected step, their difference (target − source) and the most frequent confusions on the target data. Click a column to sort, a row to select the class in every view.",
  mount(ctx) {
    const { panel, store } = ctx;
    let sort: SortState = { column: "diff", dir: "asc" };
    let focusRun: string | null = null;
    let table: TableHandle<ClassRow> | null = null;
    let columns: Column<ClassRow>[] = [];
    let tableRun = "";

    const focusSelect = el("select", { class: "tbt-select", "aria-label": "Run shown in the table" });
    focusSelect.addEventListener("change", () => {
      focusRun = focusSelect.value;
      loop.schedule();
    });
    panel.controls.appendChild(focusSelect);
    panel.setExports({
      csv: () => (table ? { rows: tableCells(table.rowsInOrder(), columns), name: `classes-${tableRun}` } : null),
    });

    const controls = (v: View) => {
      const runs = v.runs.map((r) => r.run);
      if (!focusRun || !runs.includes(focusRun)) focusRun = runs[0] ?? null;
      clear(focusSelect);
      for (const r of runs) focusSelect.appendChild(el("option", { value: r }, r));
      if (focusRun) focusSelect.value = focusRun;
      focusSelect.hidden = runs.length < 2;
    };

    const draw = (v: View) => {
      const body = panel.body;
      const r = v.runs.find((x) => x.run === focusRun) ?? v.runs[0];
      tableRun = r.run;
      const rows = classRows(r.stats, r.t);
      columns = classColumns(r.stats);
      table = sortableTable({
        columns,
        rows,
        rowKey: (x) => x.index,
        sort,
        onSort: (s) => {
          sort = s;
          loop.schedule();
        },
        selected: v.sel.class,
        onRowClick: (x) => setClass(x.index, store, true),
        ariaLabel: `Per-class performance of ${r.run} at step ${r.step ?? ""}`,
      });
      let scroller = body.querySelector<HTMLElement>(".tbt-table-scroll");
      if (!scroller) {
        clear(body);
        scroller = el("div", { class: "tbt-table-scroll" });
        body.appendChild(scroller);
      }
      replaceKeepingScroll(scroller, table.element);
      let caption = body.querySelector<HTMLElement>(".tbt-caption");
      if (!caption) {
        caption = el("p", { class: "tbt-caption" });
        body.appendChild(caption);
      }
      caption.textContent = `${r.run} · step ${r.step ?? "–"} · ${rows.length} classes${v.sel.class !== null && rows[v.sel.class] ? ` · selected: ${rows[v.sel.class].name}` : ""}`;
    };

    /** Only the selected class moved: mark its row and name it in the caption. */
    const same = (v: View) => {
      table?.setSelected(v.sel.class);
      const cap = panel.body.querySelector<HTMLElement>(".tbt-caption");
      const selRow = table?.rowsInOrder().find((x) => x.index === v.sel.class);
      if (cap) cap.textContent = cap.textContent!.replace(/ · selected: .*$/, "") + (selRow ? ` · selected: ${selRow.name}` : "");
    };

    const loop = statPanel(ctx, { controls, key: () => `${focusRun}|${sort.column}:${sort.dir}`, draw, same });
    return loop;
  },
});
