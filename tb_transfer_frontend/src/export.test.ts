// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { csvField, exportSvgText, safeFilename, serializeSvg, toCsv } from "./export";
import { sortRows, tableCells, type Column } from "./charts/table";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(NaN)).toBe("");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(0.6904709935188293)).toBe("0.690471");
    expect(csvField(123456789)).toBe("123456800");
  });

  it("defuses spreadsheet formulas but keeps negative numbers as text", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("-1.5")).toBe("-1.5");
    expect(csvField("=a,b")).toBe(`"'=a,b"`);
  });

  it("joins rows with CRLF", () => {
    expect(toCsv([["a", "b"], [1, null], ["x,y", 'q"']])).toBe('a,b\r\n1,\r\n"x,y","q"""\r\n');
  });

  it("exports a table in display order with its header", () => {
    type R = { name: string; v: number | null };
    const cols: Column<R>[] = [
      { id: "name", label: "Class", sortValue: (r) => r.name, render: (r) => r.name },
      { id: "v", label: "Acc.", numeric: true, sortValue: (r) => r.v, render: (r) => String(r.v) },
    ];
    const rows: R[] = [
      { name: "b", v: 0.5 },
      { name: "a, c", v: null },
      { name: "c", v: 0.9 },
    ];
    const sorted = sortRows(rows, cols, { column: "v", dir: "desc" });
    expect(sorted.map((r) => r.name)).toEqual(["c", "b", "a, c"]); // nulls last
    expect(sortRows(rows, cols, { column: "v", dir: "asc" }).map((r) => r.name)).toEqual(["b", "c", "a, c"]);
    expect(toCsv(tableCells(sorted, cols))).toBe('Class,Acc.\r\nc,0.9\r\nb,0.5\r\n"a, c",\r\n');
  });
});

describe("SVG export", () => {
  it("inlines computed styles, drops classes and interaction-only elements, adds namespace and background", () => {
    const style = document.createElement("style");
    style.textContent = ".mark { fill: rgb(1, 2, 3); stroke-width: 4px; } .lbl { font-size: 13px; }";
    document.head.appendChild(style);
    const host = document.createElement("div");
    host.style.backgroundColor = "rgb(10, 20, 30)";
    document.body.appendChild(host);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg") as SVGSVGElement;
    svg.setAttribute("width", "100");
    svg.setAttribute("height", "50");
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("class", "mark");
    const text = document.createElementNS(ns, "text");
    text.setAttribute("class", "lbl");
    text.textContent = "<script>alert(1)</script> & co";
    const overlay = document.createElementNS(ns, "rect");
    overlay.setAttribute("data-export", "skip");
    svg.append(rect, text, overlay);
    host.appendChild(svg);

    const out = serializeSvg(svg, { background: "#fff" });
    expect(out.startsWith("<?xml")).toBe(true);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toMatch(/fill:\s*rgb\(1, 2, 3\)/);
    expect(out).toMatch(/stroke-width:\s*4px/);
    expect(out).toMatch(/font-size:\s*13px/);
    expect(out).not.toContain('class="mark"');
    expect(out).not.toContain("data-export");
    expect(out).toContain('fill="#fff"');
    // text is escaped in the XML
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    // the live SVG is untouched
    expect(rect.getAttribute("class")).toBe("mark");
    expect(svg.querySelector("[data-export]")).not.toBeNull();

    // the panel background is found on an ancestor
    const full = exportSvgText({ svg, name: "x" });
    expect(full).toContain('fill="rgb(10, 20, 30)"');
  });

  it("makes safe file names from user strings", () => {
    expect(safeFilename("tb-transfer", "<img src=x onerror=alert(1)>")).toBe("tb-transfer_-img-src-x-onerror-alert-1-");
    expect(safeFilename("../../etc/passwd")).toBe("etc-passwd");
    expect(safeFilename("")).toBe("export");
    expect(safeFilename("a".repeat(500)).length).toBe(120);
  });
});
